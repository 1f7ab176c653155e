//! The facts a profile can state, with their names, kinds and questions.
//!
//! This table is the single list of facts: the profile parser, the condition
//! trees, `missing` lists and the question flow all refer to a [`Fact`], and
//! its JSON name, answer type and question text live here and nowhere else.

use crate::engine::text::Text;
use crate::engine::zone::ZONES;

/// One answerable fact about an enterprise, a person or an institution.
///
/// `zone`, `birthDate` and `asOf` are inputs too, but conditions never read them
/// directly: `zone` is resolved into `province`/`zoneLevel` (and [`Fact::Zone`]
/// for zone-specific measures), `birthDate` into [`Fact::Age`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Fact {
    Province,
    ZoneLevel,
    Zone,
    HighTechEnterprise,
    AboveDesignatedSize,
    TechSme,
    TechEnterprise,
    SmallMicroEnterprise,
    SmallOrMediumEnterprise,
    HighGrowthEnterprise,
    RevenueYuan,
    RdExpenseYuan,
    CommissionedRd,
    ListedOnStarMarket,
    MajorAchievementProject,
    AchievementTransferRole,
    AchievementPlaceProvince,
    AchievementPlaceZoneLevel,
    OwnsIntellectualProperty,
    FirstSetEquipment,
    FirstSetInnovativeProduct,
    TechContractSeller,
    AngelInvestor,
    VentureCapitalEnterprise,
    NationalLabCandidate,
    StateOwnedVentureCapital,
    HighTechIndustryProject,
    MajorProject,
    NewIndustryOrIncubator,
    ZoneDevelopmentEntity,
    InnovationPlatform,
    SpecialBondProject,
    ForeignNational,
    Age,
    HighEndTalent,
    WorksInChina,
    WorksInZoneEnterprise,
    InvitedByZoneEnterprise,
    UrgentlyNeededTalent,
    HighLevelTalent,
    Graduation,
    StartupInZone,
    BringsOwnResults,
    TechPersonnel,
    Researcher,
    PublicSectorStaffInZone,
    PublicInstitutionServiceOrg,
    UniversityOrInstitute,
    TechIncomeYuan,
}

/// What kind of answer a fact takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FactKind {
    Bool,
    /// One of a fixed list of values.
    Choice(&'static [Choice]),
    /// An amount in yuan, ≥ 0, at most two decimals (fen).
    Money,
    /// Completed years, 0..=150; may also be given as `birthDate`.
    Age,
    /// A zone id from the built-in directory ([`crate::engine::zone::ZONES`]).
    Zone,
}

/// One allowed value of a choice fact, with its label.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Choice {
    pub value: &'static str,
    pub label: Text,
}

const fn choice(value: &'static str, zh: &'static str, en: &'static str) -> Choice {
    Choice { value, label: Text::words(zh, en) }
}

pub const PROVINCES: &[Choice] = &[
    choice("sichuan", "四川省", "Sichuan"),
    choice("chongqing", "重庆市", "Chongqing"),
    choice("guizhou", "贵州省", "Guizhou"),
    choice("other", "其他省份", "Another province"),
];

pub const ZONE_LEVELS: &[Choice] = &[
    choice("national", "国家级高新区", "National high-tech zone"),
    choice("provincial", "省级（重庆为市级）高新区", "Provincial (in Chongqing: municipal) high-tech zone"),
    choice("none", "不在高新区", "Not in a high-tech zone"),
];

pub const GRADUATIONS: &[Choice] = &[
    choice(
        "chineseKeyUniversityBachelorPlus",
        "在国内重点高等学校获得本科以上学历",
        "Bachelor's degree or higher from a key Chinese university",
    ),
    choice("renownedForeignUniversity", "国际知名高校毕业", "Graduate of an internationally renowned university"),
    choice("none", "均不是", "Neither"),
];

pub const TRANSFER_ROLES: &[Choice] = &[
    choice("transferor", "出让方", "Transferor (seller of the achievement)"),
    choice("transferee", "受让方", "Transferee (buyer of the achievement)"),
    choice("serviceAgency", "转化服务机构", "Transfer service agency"),
    choice("none", "均不是", "None of these"),
];

/// The three kinds of party the documents are written for (SPEC §1a).
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Audience {
    Enterprise,
    /// 事业单位: universities, research institutes, public S&T service organisations.
    Institution,
    /// Individuals, Chinese or foreign: 科技人员 and 科研人员, staff of public
    /// institutions, individual (angel) investors, foreign talent. Measures
    /// for foreign nationals only test `foreignNational`.
    Person,
}

impl Audience {
    pub const ALL: [Audience; 3] = [Audience::Enterprise, Audience::Institution, Audience::Person];

    /// The audience's name in JSON.
    pub const fn name(self) -> &'static str {
        match self {
            Audience::Enterprise => "enterprise",
            Audience::Institution => "institution",
            Audience::Person => "person",
        }
    }

    /// The audience a name gives: its JSON name, or `talent` (contract 2's
    /// name, still accepted wherever an audience is given) for [`Audience::Person`].
    pub fn from_name(name: &str) -> Option<Audience> {
        match name {
            "talent" => Some(Audience::Person),
            _ => Audience::ALL.into_iter().find(|audience| audience.name() == name),
        }
    }
}

impl Fact {
    /// Every fact, in the order of the table below (`INFO`): the table is the
    /// one list of facts, and this array is read from it.
    #[allow(clippy::indexing_slicing)] // const evaluation: out of bounds fails the build, never a run
    pub const ALL: [Fact; INFO.len()] = {
        let mut all = [Fact::Province; INFO.len()];
        let mut i = 0;
        while i < INFO.len() {
            all[i] = INFO[i].fact;
            i += 1;
        }
        all
    };

    /// Position in [`Fact::ALL`], used to index per-fact tables.
    pub const fn index(self) -> usize {
        self as usize
    }

    /// The field name in profiles, reports and `missing` lists.
    pub const fn name(self) -> &'static str {
        self.info().name
    }

    pub const fn kind(self) -> FactKind {
        self.info().kind
    }

    /// The question that asks for this fact, in both languages.
    pub const fn question(self) -> Text {
        self.info().question
    }

    /// Who is asked this fact: the question flow starts with location and
    /// then asks the facts of the user's audience.
    pub const fn audiences(self) -> &'static [Audience] {
        self.info().audiences
    }

    /// What a profile's author needs to know beyond the question, in English,
    /// for the package's TypeScript declarations (scripts/build.sh writes each
    /// fact's question and note over its `Profile` field).
    pub const fn note(self) -> Option<&'static str> {
        match self {
            Fact::Zone => Some(
                "Implies `province`, and `zoneLevel` when the directory gives the zone a level (see `Zone.level`); a contradiction with either is an error.",
            ),
            Fact::TechEnterprise => Some("True when `highTechEnterprise` or `techSme` is true."),
            Fact::TechContractSeller => {
                Some("Replaces `registersTechContracts`, which is now an error naming this field.")
            }
            Fact::Age => Some("Completed years at `asOf`, 0..=150; or give `birthDate`."),
            Fact::WorksInChina => Some("True when `worksInZoneEnterprise` is."),
            Fact::TechPersonnel => Some("True when `researcher` is."),
            _ if matches!(self.kind(), FactKind::Money) => Some("Yuan, ≥ 0, at most two decimals."),
            _ => None,
        }
    }

    /// Whether the party can change this fact by acting on it — apply for a
    /// certificate, register, list, spend on R&D, take out IP — rather than
    /// a fact of who or where it is. A measure that fails on such a fact
    /// alone is a way to qualify (a near miss worth showing), not a dead end.
    pub const fn actionable(self) -> bool {
        matches!(
            self,
            Fact::HighTechEnterprise
                | Fact::TechSme
                | Fact::ListedOnStarMarket
                | Fact::OwnsIntellectualProperty
                | Fact::TechContractSeller
                | Fact::RdExpenseYuan
                | Fact::CommissionedRd
                | Fact::InnovationPlatform
        )
    }

    /// What any party of the audience can say of itself at once: its
    /// standing (高企, 科技型中小企业, 规上, 科技型企业, 小微, 中小, 高成长,
    /// listed on the STAR market) and its own figures (revenue, R&D
    /// expenses). A form asks these before the questions that concern only
    /// some kinds of firm (which side of an achievement's transfer, a filed or
    /// state-owned venture-capital firm, a national lab candidate…).
    pub const fn standing(self) -> bool {
        matches!(
            self,
            Fact::HighTechEnterprise
                | Fact::AboveDesignatedSize
                | Fact::TechSme
                | Fact::TechEnterprise
                | Fact::SmallMicroEnterprise
                | Fact::SmallOrMediumEnterprise
                | Fact::HighGrowthEnterprise
                | Fact::ListedOnStarMarket
                | Fact::RevenueYuan
                | Fact::RdExpenseYuan
        )
    }

    /// The unit of a number answer, if any.
    pub const fn unit(self) -> Option<Text> {
        match self.kind() {
            FactKind::Money => Some(Text::words("元", "yuan")),
            FactKind::Age => Some(Text::words("周岁", "years")),
            _ => None,
        }
    }

    pub fn from_name(name: &str) -> Option<Fact> {
        Fact::ALL.into_iter().find(|fact| fact.name() == name)
    }

    /// The allowed value at `index` of a choice or zone fact (the order of
    /// [`Fact::choices`]).
    pub fn choice(self, index: usize) -> Option<&'static str> {
        match self.kind() {
            FactKind::Choice(choices) => choices.get(index).map(|choice| choice.value),
            FactKind::Zone => ZONES.get(index).map(|zone| zone.id),
            FactKind::Bool | FactKind::Money | FactKind::Age => None,
        }
    }

    /// The allowed values of a choice or zone fact.
    pub fn choices(self) -> Vec<Choice> {
        match self.kind() {
            FactKind::Choice(choices) => choices.to_vec(),
            FactKind::Zone => ZONES.iter().map(|zone| Choice { value: zone.id, label: zone.name }).collect(),
            FactKind::Bool | FactKind::Money | FactKind::Age => Vec::new(),
        }
    }

    #[allow(clippy::indexing_slicing)] // in bounds: see the assertion under INFO
    const fn info(self) -> &'static FactInfo {
        &INFO[self.index()]
    }
}

struct FactInfo {
    fact: Fact,
    name: &'static str,
    kind: FactKind,
    question: Text,
    audiences: &'static [Audience],
}

const ALL_AUDIENCES: &[Audience] = &Audience::ALL;
const ENTERPRISE: &[Audience] = &[Audience::Enterprise];
const PERSON: &[Audience] = &[Audience::Person];
const INSTITUTION: &[Audience] = &[Audience::Institution];
const ENTERPRISE_OR_INSTITUTION: &[Audience] = &[Audience::Enterprise, Audience::Institution];

const fn info(
    fact: Fact,
    name: &'static str,
    kind: FactKind,
    zh: &'static str,
    en: &'static str,
    audiences: &'static [Audience],
) -> FactInfo {
    FactInfo { fact, name, kind, question: Text::words(zh, en), audiences }
}

// The one table of facts: a new fact is its enum variant and one row here,
// in the enum's order (checked when the crate is built, below); `Fact::ALL`
// and every lookup are read from it.
const INFO: &[FactInfo] = &[
    info(
        Fact::Province,
        "province",
        FactKind::Choice(PROVINCES),
        "所在省（市）是哪里？",
        "Which province or municipality is it located in?",
        ALL_AUDIENCES,
    ),
    info(
        Fact::ZoneLevel,
        "zoneLevel",
        FactKind::Choice(ZONE_LEVELS),
        "所在高新区是什么级别？",
        "What level of high-tech zone is it located in?",
        ALL_AUDIENCES,
    ),
    info(Fact::Zone, "zone", FactKind::Zone, "位于哪个高新区？", "Which high-tech zone is it in?", ALL_AUDIENCES),
    info(
        Fact::HighTechEnterprise,
        "highTechEnterprise",
        FactKind::Bool,
        "企业是否持有有效的高新技术企业证书？",
        "Does the enterprise hold a valid High and New Technology Enterprise certificate?",
        ENTERPRISE,
    ),
    info(
        Fact::AboveDesignatedSize,
        "aboveDesignatedSize",
        FactKind::Bool,
        "企业是否为规模以上（规上）企业？",
        "Is the enterprise above designated size (规上)?",
        ENTERPRISE,
    ),
    info(
        Fact::TechSme,
        "techSme",
        FactKind::Bool,
        "企业是否已登记为科技型中小企业？",
        "Is the enterprise registered as a technology-based SME?",
        ENTERPRISE,
    ),
    info(
        Fact::TechEnterprise,
        "techEnterprise",
        FactKind::Bool,
        "企业是否为科技型企业（高新技术企业、科技型中小企业等）？",
        "Is it a technology enterprise (a high-tech enterprise, a tech SME or similar)?",
        ENTERPRISE,
    ),
    info(
        Fact::SmallMicroEnterprise,
        "smallMicroEnterprise",
        FactKind::Bool,
        "企业是否属于小微企业普惠性税收减免的对象（小型微利企业，或增值税小规模纳税人）？",
        "Is it covered by the inclusive tax relief for small and micro enterprises (a small low-profit enterprise, or a small-scale VAT taxpayer)?",
        ENTERPRISE,
    ),
    info(
        Fact::SmallOrMediumEnterprise,
        "smallOrMediumEnterprise",
        FactKind::Bool,
        "企业是否为中小企业（按国家中小企业划型标准）？",
        "Is it a small or medium-sized enterprise under the national SME size standards?",
        ENTERPRISE,
    ),
    info(
        Fact::HighGrowthEnterprise,
        "highGrowthEnterprise",
        FactKind::Bool,
        "企业是否为高成长企业（如瞪羚企业）？",
        "Is it a high-growth enterprise (e.g. a gazelle enterprise)?",
        ENTERPRISE,
    ),
    info(
        Fact::RevenueYuan,
        "revenueYuan",
        FactKind::Money,
        "上一财年营业收入是多少元？",
        "What was the operating revenue of the last fiscal year, in yuan?",
        ENTERPRISE,
    ),
    info(
        Fact::RdExpenseYuan,
        "rdExpenseYuan",
        FactKind::Money,
        "同一年度内部研发投入是多少元？",
        "What was the internal R&D expenditure of that year, in yuan?",
        ENTERPRISE,
    ),
    info(
        Fact::CommissionedRd,
        "commissionedRd",
        FactKind::Bool,
        "同一年度是否委托外部机构或个人进行研发并支付了研发费用？",
        "In that year, did it pay others (institutions or individuals) to do R&D for it?",
        ENTERPRISE,
    ),
    info(
        Fact::ListedOnStarMarket,
        "listedOnStarMarket",
        FactKind::Bool,
        "企业股票是否已在科创板上市？",
        "Are its shares listed on the STAR Market?",
        ENTERPRISE,
    ),
    info(
        Fact::MajorAchievementProject,
        "majorAchievementProject",
        FactKind::Bool,
        "是否正在高新区引进转化落地重大科技成果项目？",
        "Is it bringing in and landing a major S&T achievement transformation project in the zone?",
        ENTERPRISE_OR_INSTITUTION,
    ),
    info(
        Fact::AchievementTransferRole,
        "achievementTransferRole",
        FactKind::Choice(TRANSFER_ROLES),
        "在高新区内转化实现产业化的科技成果中，您是哪一方？",
        "In an S&T achievement industrialised in the zone, which party are you?",
        ENTERPRISE_OR_INSTITUTION,
    ),
    info(
        Fact::AchievementPlaceProvince,
        "achievementPlaceProvince",
        FactKind::Choice(PROVINCES),
        "科技成果在哪个省（市）转化落地、实现产业化？（看成果在哪里投产，不一定是您或本单位的所在地）",
        "In which province or municipality is the S&T achievement put to use and industrialised? (Where it goes into production, which need not be where you or your organisation are.)",
        ALL_AUDIENCES,
    ),
    info(
        Fact::AchievementPlaceZoneLevel,
        "achievementPlaceZoneLevel",
        FactKind::Choice(ZONE_LEVELS),
        "科技成果转化落地的地点位于什么级别的高新区？",
        "What level of high-tech zone is the achievement put to use and industrialised in?",
        ALL_AUDIENCES,
    ),
    info(
        Fact::OwnsIntellectualProperty,
        "ownsIntellectualProperty",
        FactKind::Bool,
        "是否拥有可质押的知识产权（专利、商标等）？",
        "Does it own intellectual property (patents, trademarks…) that could be pledged?",
        ENTERPRISE,
    ),
    info(
        Fact::FirstSetEquipment,
        "firstSetEquipment",
        FactKind::Bool,
        "是否生产首台（套）重大技术装备？",
        "Does it make first-of-its-kind (首台套) major technical equipment?",
        ENTERPRISE,
    ),
    info(
        Fact::FirstSetInnovativeProduct,
        "firstSetInnovativeProduct",
        FactKind::Bool,
        "是否有拟按“首台套”政策认定的其他创新产品（如首版次软件、首批次新材料）？",
        "Does it have other innovative products to be recognised under the first-of-its-kind (首台套) policy, such as first-edition software or first-batch new materials?",
        ENTERPRISE,
    ),
    info(
        Fact::TechContractSeller,
        "techContractSeller",
        FactKind::Bool,
        "是否作为转让方或开发方（卖方），签订并登记了技术转让或技术开发合同？",
        "Is it the seller (transferor or developer) under a registered technology transfer or technology development contract?",
        ENTERPRISE,
    ),
    info(
        Fact::AngelInvestor,
        "angelInvestor",
        FactKind::Bool,
        "您是否以个人身份（天使投资个人）用现金直接投资初创科技型企业？",
        "Do you, as an individual (an angel investor), invest cash directly in start-up technology enterprises?",
        PERSON,
    ),
    info(
        Fact::VentureCapitalEnterprise,
        "ventureCapitalEnterprise",
        FactKind::Bool,
        "是否为已按规定完成备案的创业投资企业（公司制或合伙制），并用现金直接投资初创科技型企业？",
        "Is it a venture-capital enterprise (a company or a partnership) filed as the rules require, investing cash directly in start-up technology enterprises?",
        ENTERPRISE,
    ),
    info(
        Fact::NationalLabCandidate,
        "nationalLabCandidate",
        FactKind::Bool,
        "本单位在高新区建设的实验设施或创新基地，是否符合纳入国家重点实验室或国家技术创新中心的条件？",
        "Does a laboratory or innovation base it runs in the zone meet the conditions for inclusion among the national key laboratories or national technology innovation centres?",
        ENTERPRISE_OR_INSTITUTION,
    ),
    info(
        Fact::StateOwnedVentureCapital,
        "stateOwnedVentureCapital",
        FactKind::Bool,
        "是否为园区内的国有创业投资企业？",
        "Is it a state-owned venture-capital enterprise in the zone?",
        ENTERPRISE,
    ),
    info(
        Fact::HighTechIndustryProject,
        "highTechIndustryProject",
        FactKind::Bool,
        "是否在高新区实施高新技术产业项目？",
        "Is it carrying out a high-tech industrial project in the zone?",
        ENTERPRISE,
    ),
    info(
        Fact::MajorProject,
        "majorProject",
        FactKind::Bool,
        "是否在高新区实施重大（产业）项目？",
        "Is it carrying out a major (industrial) project in the zone?",
        ENTERPRISE,
    ),
    info(
        Fact::NewIndustryOrIncubator,
        "newIndustryOrIncubator",
        FactKind::Bool,
        "是否在高新区建设新产业、新业态项目或创新创业载体（众创空间、孵化器等）？",
        "Is it building a new-industry or new-business-model project, or an innovation and start-up venue (maker space, incubator…), in the zone?",
        ENTERPRISE,
    ),
    info(
        Fact::ZoneDevelopmentEntity,
        "zoneDevelopmentEntity",
        FactKind::Bool,
        "是否为高新区的开发建设主体（负责高新区开发建设或运营的公司）？",
        "Is it a high-tech zone's development and construction entity (the company that develops, builds or runs the zone)?",
        ENTERPRISE,
    ),
    info(
        Fact::InnovationPlatform,
        "innovationPlatform",
        FactKind::Bool,
        "是否在高新区内建设或运营创新平台（如实验室、技术创新中心、产业创新中心、新型研发机构）？",
        "Does it build or run an innovation platform in the zone (a laboratory, technology or industrial innovation centre, new-type R&D institution…)?",
        ENTERPRISE_OR_INSTITUTION,
    ),
    info(
        Fact::SpecialBondProject,
        "specialBondProject",
        FactKind::Bool,
        "是否有在高新区内、符合政府专项债券发行条件的重大项目？",
        "Does it have a major project in the zone that meets the conditions for government special-purpose bonds?",
        ENTERPRISE,
    ),
    info(Fact::ForeignNational, "foreignNational", FactKind::Bool, "您是否为外国国籍？", "Are you a foreign national?", PERSON),
    info(
        Fact::Age,
        "age",
        FactKind::Age,
        "您的周岁年龄（或出生日期）是？",
        "How old are you in completed years (or what is your birth date)?",
        PERSON,
    ),
    info(
        Fact::HighEndTalent,
        "highEndTalent",
        FactKind::Bool,
        "用人单位是否将以境外高端人才身份为您申请（由审批部门认定，不等同于工作许可A类）？",
        "Will your employer put you forward as overseas high-end talent (the approving department decides; this is not the same as work-permit class A)?",
        PERSON,
    ),
    info(
        Fact::WorksInChina,
        "worksInChina",
        FactKind::Bool,
        "您是否在中国境内的用人单位工作，或将按所申请的许可在中国工作？",
        "Do you work, or will you work under the permit applied for, for an employer in China (anywhere)?",
        PERSON,
    ),
    info(
        Fact::WorksInZoneEnterprise,
        "worksInZoneEnterprise",
        FactKind::Bool,
        "您是否在该高新区内的企业工作，或将按所申请的许可在该企业工作？",
        "Do you work, or will you work under the permit applied for, for an enterprise in that high-tech zone?",
        PERSON,
    ),
    info(
        Fact::InvitedByZoneEnterprise,
        "invitedByZoneEnterprise",
        FactKind::Bool,
        "您是否受高新区内企业邀请担任高层次管理或专业技术人才？",
        "Has an enterprise in the zone invited you as high-level management or professional-technical talent?",
        PERSON,
    ),
    info(
        Fact::UrgentlyNeededTalent,
        "urgentlyNeededTalent",
        FactKind::Bool,
        "您是否被高新区内企业作为紧缺急需外籍人才聘请？",
        "Are you hired by an enterprise in the zone as urgently needed foreign talent?",
        PERSON,
    ),
    info(
        Fact::HighLevelTalent,
        "highLevelTalent",
        FactKind::Bool,
        "您是否符合外籍高层次人才条件？",
        "Do you meet the conditions for foreign high-level talent?",
        PERSON,
    ),
    info(
        Fact::Graduation,
        "graduation",
        FactKind::Choice(GRADUATIONS),
        "您的学历属于以下哪一类？",
        "Which of these describes your degree?",
        PERSON,
    ),
    info(
        Fact::StartupInZone,
        "startupInZone",
        FactKind::Bool,
        "您是否在高新区内从事创新创业活动？",
        "Are you doing innovation or entrepreneurship in the zone?",
        PERSON,
    ),
    info(
        Fact::BringsOwnResults,
        "bringsOwnResults",
        FactKind::Bool,
        "您是否携带科技成果（本人完成的，或经单位许可使用的职务成果）在高新区创新创业？",
        "Are you bringing S&T results (your own, or results of your employer's that you may use) to your innovation or venture in the zone?",
        PERSON,
    ),
    info(
        Fact::TechPersonnel,
        "techPersonnel",
        FactKind::Bool,
        "您是否为科技人员（在企业、高校、科研院所等从事研发或技术工作）？",
        "Are you S&T personnel (doing research, development or technical work at an enterprise, a university, an institute or elsewhere)?",
        PERSON,
    ),
    info(
        Fact::Researcher,
        "researcher",
        FactKind::Bool,
        "您是否为高校或科研院所的科研人员？",
        "Are you a researcher at a university or research institute?",
        PERSON,
    ),
    info(
        Fact::PublicSectorStaffInZone,
        "publicSectorStaffInZone",
        FactKind::Bool,
        "您是否为在高新区管理机构工作的行政或事业单位人员？",
        "Are you civil-service or public-institution staff working for the high-tech zone's management body?",
        PERSON,
    ),
    info(
        Fact::PublicInstitutionServiceOrg,
        "publicInstitutionServiceOrg",
        FactKind::Bool,
        "本单位是否为由地方（省市或区县）管理、提供科技服务的事业单位？（中央在地方的单位，如部属高校、中国科学院所属院所，请选“否”）",
        "Is your organisation a public institution (事业单位) run locally (by a province, city or district) that provides S&T services? (Answer no for a central-government institution, such as a university under a ministry or an institute of the Chinese Academy of Sciences.)",
        INSTITUTION,
    ),
    info(
        Fact::UniversityOrInstitute,
        "universityOrInstitute",
        FactKind::Bool,
        "本单位是否为高等院校或科研院所？",
        "Is your organisation a university or a research institute?",
        INSTITUTION,
    ),
    info(
        Fact::TechIncomeYuan,
        "techIncomeYuan",
        FactKind::Money,
        "要计算奖励的科技收入是多少元？（原文未限定期间：按您要计算的那一笔合同或那一年度填写）",
        "How much S&T income, in yuan, do you want to work out the reward for? (The text names no period: give one contract\u{2019}s or one year\u{2019}s.)",
        INSTITUTION,
    ),
];

// Row i is the fact whose discriminant is i (so `info` indexes INFO by the
// fact), and the enum's last variant is the last row: a fact without a row,
// or a row out of place, fails the build.
#[allow(clippy::indexing_slicing)] // const evaluation
const _: () = {
    let mut i = 0;
    while i < INFO.len() {
        assert!(INFO[i].fact as usize == i);
        i += 1;
    }
    assert!(Fact::TechIncomeYuan as usize + 1 == INFO.len());
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_rows_line_up_with_the_enum() {
        for (i, fact) in Fact::ALL.into_iter().enumerate() {
            assert_eq!(fact.index(), i);
            assert_eq!(Fact::from_name(fact.name()), Some(fact));
        }
    }
}
