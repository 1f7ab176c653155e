//! The measure catalogue: one module per source document, measures in the
//! document's clause order, each beside the sentence it encodes.
//!
//! The building blocks shared by all documents (where a measure applies, the
//! documents themselves) live here so that each document file reads as the
//! law: clause, quote, then who qualifies and what they get.
//!
//! How the documents' readings are kept consistent (contract 3, SPEC §1–2):
//!
//! - **Who a measure is for.** `audiences` names every party the sentence
//!   addresses or benefits: enterprises, public institutions (事业单位), and
//!   individuals, Chinese or foreign ([`Audience::Person`](crate::engine::fact::Audience::Person)). A measure for a
//!   foreign national tests `foreignNational`; one for 科技人员, 科研人员 or
//!   public-sector staff does not. Where the parties meet the sentence in
//!   different ways (an individual angel or a filed venture-capital firm; a
//!   researcher or the institution that employs them), the condition is an
//!   `Any` of one branch per party, each asked in that party's questions
//!   (tests/catalogue.rs holds every audience to a branch it can answer).
//! - **Where a location test looks.** At the party (its registration, a
//!   person's employer) unless the sentence places an activity: an
//!   achievement industrialised in a zone (Chongqing （十五）'s transferor and
//!   service agency) or a transformation carried out in a zone by researchers
//!   "from inside or outside the province" (Guizhou （八）) test the place of
//!   the achievement (`achievementPlaceProvince`, `achievementPlaceZoneLevel`),
//!   never where the party is.
//! - **落实 / 用好 / 支持高新区落实 a programme.** A sentence that tells the
//!   zones to apply a programme creates nothing and confines nothing:
//!   - a nationwide law or policy (研发费用加计扣除, 高新技术企业所得税, 首台（套）
//!     保险, 天使投资税收政策, residence and permanent residence) is `Restated`,
//!     with no location test at all and the national authority as responsible;
//!   - a city's or province's own programme (Chongqing's 技术创新与应用发展专项,
//!     研发准备金补助, 首台（套） recognition) has the programme's reach — the
//!     city's or province's location test only — its own nature (usually
//!     `Discretionary`), and a `reach` that says so on the card;
//!   - only what the sentence itself adds for the zones (a priority, a share,
//!     a fund the zone sets up) is tested against the zone.
//! - **Judgement words** (优秀, 国际知名, 符合条件 with conditions kept
//!   elsewhere) make a met measure `Discretionary`, naming who judges; a fact
//!   asks only what the person can know.

mod chengdu;
mod chongqing;
mod guizhou;
mod national;
mod sichuan;

use crate::engine::compiled::Program;
use crate::engine::condition::{Check, Condition, Test};
use crate::engine::fact::Fact;
use crate::engine::measure::{Document, Measure, Topic};
use crate::engine::text::Text;

/// Which catalogue this is: its own version and the date its measures were
/// last changed. Bump both (the version is the date with dots) whenever a
/// measure is added, changed or removed, and list those measures under the
/// release in CHANGELOG.md (tests/versions.rs holds the newest entry to this
/// version). A portal shows it beside its results and in print, so that a
/// citizen's printout says which reading of the documents it comes from.
pub const EDITION: Edition = Edition { version: "2026.12.06", date: "2026-12-06" };

/// A catalogue's version and date ([`EDITION`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Edition {
    /// `YYYY.MM.DD`: the date of the change, as a version.
    pub version: &'static str,
    /// `YYYY-MM-DD`: the date the measures were last changed.
    pub date: &'static str,
}

/// The catalogue compiled once: the evaluator every output uses.
pub fn compiled() -> &'static Program {
    static PROGRAM: std::sync::OnceLock<Program> = std::sync::OnceLock::new();
    PROGRAM.get_or_init(|| Program::new(measures()))
}

/// A document's measures as the build keeps them: all of them with the
/// `details` feature (the command line, the batch module, the tests); in
/// the engine's wasm (built without it) without the verbatim quote (left
/// empty) and the note, which a first answer does not show. Evaluated when
/// the crate is compiled, so the quotes are never referenced and never
/// reach the wasm (the other words are left empty by `Text::words`);
/// scripts/engine-data.mjs writes them to `pkg/details.json`, which the
/// glue merges back into `measures()` (issue 26).
pub(crate) const fn lean<const N: usize>(measures: [Measure; N]) -> [Measure; N] {
    #[cfg(not(feature = "details"))]
    {
        let mut measures = measures;
        let mut i = 0;
        while i < N {
            // Compile-time evaluation: an index past the end would be a build
            // error, never a panic at run time.
            #[allow(clippy::indexing_slicing)]
            {
                measures[i] = Measure { quote: "", note: None, ..measures[i] };
            }
            i += 1;
        }
        measures
    }
    #[cfg(feature = "details")]
    measures
}

/// Every measure, document by document: national, Sichuan, Chengdu, Chongqing, Guizhou.
pub fn measures() -> impl Iterator<Item = &'static Measure> {
    national::MEASURES
        .iter()
        .chain(sichuan::MEASURES)
        .chain(chengdu::MEASURES)
        .chain(chongqing::MEASURES)
        .chain(guizhou::MEASURES)
}

/// A benefit that several documents grant: the national rule restated by a
/// province, the same policy direction in two plans. Shown as one card that
/// lists every document granting it, under `title`; each measure keeps its
/// own result. A measure is in at most one group, and a group's measures
/// share audience and nature (tests/catalogue.rs); two measures outside one
/// group never share a title.
#[derive(Debug, serde::Serialize)]
pub struct BenefitGroup {
    pub id: &'static str,
    pub title: Text,
    #[serde(skip)]
    pub measures: &'static [&'static str],
}

/// The audience lists measures name (SPEC §1a: every party the sentence
/// addresses or benefits), in the order of [`Audience::ALL`].
pub(crate) mod parties {
    use crate::engine::fact::Audience;

    pub(crate) const ENTERPRISE: &[Audience] = &[Audience::Enterprise];
    pub(crate) const INSTITUTION: &[Audience] = &[Audience::Institution];
    pub(crate) const PERSON: &[Audience] = &[Audience::Person];
    pub(crate) const ENTERPRISE_OR_INSTITUTION: &[Audience] = &[Audience::Enterprise, Audience::Institution];
    pub(crate) const ENTERPRISE_OR_PERSON: &[Audience] = &[Audience::Enterprise, Audience::Person];
    pub(crate) const INSTITUTION_OR_PERSON: &[Audience] = &[Audience::Institution, Audience::Person];
}

/// Every benefit granted by more than one document.
pub const SAME_BENEFIT: &[BenefitGroup] = &[
    BenefitGroup {
        id: "work-permit-age-65",
        title: Text::words(
            "境外高端人才工作许可年龄放宽至65岁",
            "Work-permit age limit relaxed to 65 for foreign high-end talent",
        ),
        measures: &["national.work-permit-age-65", "sichuan.work-permit-age-65", "guizhou.work-permit-age-65"],
    },
    BenefitGroup {
        id: "multi-entry-visa",
        title: Text::words(
            "外籍高层次人才多年多次签证",
            "Multi-year multiple-entry visa for invited foreign high-level talent",
        ),
        measures: &["national.multi-entry-visa", "sichuan.multi-entry-visa"],
    },
    BenefitGroup {
        id: "residence-permit-5y",
        title: Text::words("外国人才5年以内居留许可", "Residence permit of up to 5 years for foreign talent"),
        measures: &["national.residence-permit-5y", "sichuan.residence-permit-5y"],
    },
    BenefitGroup {
        id: "research-programme-projects",
        title: Text::words(
            "支持高新区内单位承担国家和地方科技计划项目",
            "Support for zone organisations taking on national and local S&T programme projects",
        ),
        measures: &["national.research-programme-projects", "sichuan.research-programme-projects"],
    },
    BenefitGroup {
        id: "rd-super-deduction",
        title: Text::words("研发费用加计扣除", "R&D expense super-deduction"),
        measures: &["national.rd-super-deduction", "chongqing.rd-super-deduction", "guizhou.rd-super-deduction"],
    },
    BenefitGroup {
        id: "high-tech-enterprise-income-tax",
        title: Text::words("高新技术企业所得税减免", "Income-tax reduction for high-tech enterprises"),
        measures: &[
            "national.high-tech-enterprise-income-tax",
            "chongqing.high-tech-enterprise-income-tax",
            "guizhou.high-tech-enterprise-income-tax",
        ],
    },
    BenefitGroup {
        id: "researcher-startup",
        title: Text::words(
            "科技人员携成果入区创新创业",
            "S&T personnel doing innovation or entrepreneurship in the zone with their results",
        ),
        measures: &["national.researcher-startup", "chongqing.researcher-startup"],
    },
    BenefitGroup {
        id: "ip-pledge-financing",
        title: Text::words("知识产权质押融资", "Intellectual-property pledge financing"),
        measures: &["national.ip-pledge-financing", "chengdu.ip-pledge-financing", "guizhou.ip-pledge-financing"],
    },
    BenefitGroup {
        id: "star-market-listing-support",
        title: Text::words(
            "高成长企业科创板等上市支持",
            "Support for high-growth enterprises listing on the STAR Market and other boards",
        ),
        measures: &["national.star-market-listing-support", "guizhou.star-market-listing-support"],
    },
];

/// The group of documents granting the same benefit as measure `id`, if any.
pub fn benefit_group(id: &str) -> Option<&'static BenefitGroup> {
    SAME_BENEFIT.iter().find(|group| group.measures.contains(&id))
}

/// A measure as the catalogue lists it (`measures` on the command line,
/// `measures()` in JavaScript): its fields, the topic of its benefit and the
/// benefit group it is in.
#[derive(serde::Serialize)]
pub struct Listed {
    #[serde(flatten)]
    pub measure: &'static Measure,
    /// Its document's jurisdiction, the first part of its id.
    pub jurisdiction: crate::engine::measure::Jurisdiction,
    pub topic: Topic,
    #[serde(rename = "benefitGroup", skip_serializing_if = "Option::is_none")]
    pub benefit_group: Option<&'static BenefitGroup>,
}

/// The catalogue as it is listed: every measure with its benefit group.
pub fn listing() -> Vec<Listed> {
    measures()
        .map(|measure| Listed {
            measure,
            jurisdiction: measure.jurisdiction(),
            topic: measure.benefit.kind.topic(),
            benefit_group: benefit_group(measure.id),
        })
        .collect()
}

/// The measure with this id.
pub fn find(id: &str) -> Option<&'static Measure> {
    measures().find(|measure| measure.id == id)
}

/// The five source documents.
pub fn documents() -> [&'static Document; 5] {
    [&national::DOCUMENT, &sichuan::DOCUMENT, &chengdu::DOCUMENT, &chongqing::DOCUMENT, &guizhou::DOCUMENT]
}

/// A high-tech zone's development and construction entity (开发建设主体).
pub(crate) const ZONE_DEVELOPMENT_ENTITY: Condition = is(
    Fact::ZoneDevelopmentEntity,
    "高新区开发建设主体",
    "the development and construction entity of a high-tech zone",
);

/// A test leaf with its explanation.
pub(crate) const fn test(check: Check, zh: &'static str, en: &'static str) -> Condition {
    Condition::Test(Test { check, text: Text::words(zh, en) })
}

/// A yes/no fact that must be true.
pub(crate) const fn is(fact: Fact, zh: &'static str, en: &'static str) -> Condition {
    test(Check::Is(fact, true), zh, en)
}

pub(crate) const IN_NATIONAL_ZONE: Condition =
    test(Check::OneOf(Fact::ZoneLevel, &["national"]), "位于国家高新区", "located in a national high-tech zone");

pub(crate) const IN_A_ZONE: Condition = test(
    Check::OneOf(Fact::ZoneLevel, &["national", "provincial"]),
    "位于高新区（国家级或省级）",
    "located in a high-tech zone (national or provincial)",
);

pub(crate) const IN_A_CHONGQING_ZONE_LEVEL: Condition = test(
    Check::OneOf(Fact::ZoneLevel, &["national", "provincial"]),
    "位于高新区（国家级或市级）",
    "located in a high-tech zone (national or municipal)",
);

pub(crate) const IN_SICHUAN: Condition =
    test(Check::OneOf(Fact::Province, &["sichuan"]), "位于四川省", "located in Sichuan");
pub(crate) const IN_CHONGQING: Condition =
    test(Check::OneOf(Fact::Province, &["chongqing"]), "位于重庆市", "located in Chongqing");
pub(crate) const IN_GUIZHOU: Condition =
    test(Check::OneOf(Fact::Province, &["guizhou"]), "位于贵州省", "located in Guizhou");

pub(crate) const FOREIGN_NATIONAL: Condition = is(Fact::ForeignNational, "外国国籍", "is a foreign national");

pub(crate) const HIGH_TECH_ENTERPRISE: Condition =
    is(Fact::HighTechEnterprise, "持有有效的高新技术企业证书", "holds a valid high-tech enterprise certificate");

pub(crate) const TECH_SME: Condition =
    is(Fact::TechSme, "已登记为科技型中小企业", "is a registered technology-based SME");

pub(crate) const TECH_ENTERPRISE: Condition = is(Fact::TechEnterprise, "是科技型企业", "is a technology enterprise");

pub(crate) const HAS_RD_EXPENSE: Condition =
    test(Check::MoneyAbove(Fact::RdExpenseYuan, 0), "有研发投入（大于0元）", "has R&D expenditure (more than 0 yuan)");

pub(crate) const RESEARCHER: Condition =
    is(Fact::Researcher, "是高校或科研院所的科研人员", "is a researcher at a university or research institute");

/// 科技人员 / 科研人员 in the texts: S&T staff of enterprises as much as of
/// universities and institutes (a researcher counts, see `techPersonnel`).
pub(crate) const TECH_PERSONNEL: Condition = is(
    Fact::TechPersonnel,
    "是科技人员（企业、高校、科研院所等的研发或技术人员）",
    "is S&T personnel (R&D or technical staff of an enterprise, a university, an institute…)",
);

pub(crate) const UNIVERSITY_OR_INSTITUTE: Condition =
    is(Fact::UniversityOrInstitute, "是高等院校或科研院所", "is a university or research institute");

/// A filed venture-capital enterprise (财税〔2018〕55号's investor, besides individual angels).
pub(crate) const VENTURE_CAPITAL_ENTERPRISE: Condition = is(
    Fact::VentureCapitalEnterprise,
    "是已完成备案的创业投资企业，用现金直接投资初创科技型企业",
    "is a filed venture-capital enterprise investing cash directly in start-up technology enterprises",
);

/// Builds or runs an innovation platform (laboratory, innovation centre…) in the zone.
pub(crate) const INNOVATION_PLATFORM: Condition =
    is(Fact::InnovationPlatform, "在高新区内建设或运营创新平台", "builds or runs an innovation platform in the zone");

pub(crate) const OWNS_IP: Condition =
    is(Fact::OwnsIntellectualProperty, "拥有可质押的知识产权", "owns intellectual property that can be pledged");

pub(crate) const HIGH_GROWTH: Condition = is(Fact::HighGrowthEnterprise, "是高成长企业", "is a high-growth enterprise");

/// The R&D super-deduction's own condition: R&D expenses of the year, the
/// enterprise's own or paid to others (委托研发 counts under the tax rules).
pub(crate) const HAS_RD_EXPENSE_OWN_OR_COMMISSIONED: Condition = Condition::Any(&[
    HAS_RD_EXPENSE,
    is(Fact::CommissionedRd, "委托他人研发并支付了研发费用", "paid others to do R&D for it"),
]);

/// The national rules the tax measures restate, named once.
pub(crate) const RULE_RD_SUPER_DEDUCTION: Text = Text::words(
    "《企业所得税法》第三十条及研发费用加计扣除政策（财税〔2015〕119号、财政部 税务总局公告2023年第7号）：全国适用，不限高新区；企业自行判别、申报享受、资料留存备查。烟草制造、住宿餐饮、批发零售、房地产、租赁和商务服务、娱乐等行业不适用。",
    "Enterprise Income Tax Law art. 30 and the R&D super-deduction rules (Cai Shui [2015] 119, MOF/STA Announcement 2023 No. 7): nationwide, not limited to the zones; the enterprise decides and declares it itself and keeps the records. Tobacco, hotels and catering, wholesale and retail, real estate, leasing and business services, and entertainment are excluded.",
);

pub(crate) const RULE_HIGH_TECH_INCOME_TAX: Text = Text::words(
    "《企业所得税法》第二十八条：国家需要重点扶持的高新技术企业减按15%的税率征收企业所得税；全国适用，不限高新区，按税务规定自行申报享受。",
    "Enterprise Income Tax Law art. 28: high-tech enterprises that the State supports pay enterprise income tax at 15%; nationwide, not limited to the zones, claimed by the enterprise's own declaration under the tax rules.",
);

/// 首台（套）重大技术装备: the national scheme's subject, which Chongqing's
/// first-set policy also covers.
pub(crate) const FIRST_SET_EQUIPMENT: Condition =
    is(Fact::FirstSetEquipment, "生产首台（套）重大技术装备", "makes first-of-its-kind major technical equipment");

/// 在高新区（内）创新创业, as the national and Chongqing texts say it.
pub(crate) const STARTUP_IN_ZONE: Condition =
    is(Fact::StartupInZone, "在高新区内创新创业", "is doing innovation or entrepreneurship in the zone");

/// 携带科技成果: the person brings S&T results — their own, or job-related
/// results their employer lets them use (the text says 携带, not 自有).
pub(crate) const BRINGS_OWN_RESULTS: Condition =
    is(Fact::BringsOwnResults, "携带科技成果", "brings S&T results (their own or licensed from their employer)");
