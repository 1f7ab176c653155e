//! 关于推进全省高新技术产业开发区高质量发展的实施方案（黔科领发〔2021〕1号）.
//!
//! Applies to enterprises and people in Guizhou's high-tech zones, national
//! and provincial; the work-permit age rule of （十九） only to Guizhou's
//! **national** zones. The text uses half-width brackets and commas (its
//! clause numbers read `(五)`); clause numbers here are written `（五）` like
//! every other document's, and the quotes keep the text's own punctuation.
//! Source text: `sources/004_a7a6ed4d82549e65.txt`.

use super::national::{NOTE_AGE_65, NOTE_IP_PLEDGE, NOTE_LISTING_SUPPORT, NOTE_RESTATED_TAX, WORK_PERMIT_USUAL_AGE};
use super::parties::*;
use super::{
    is, test, FOREIGN_NATIONAL, HAS_RD_EXPENSE_OWN_OR_COMMISSIONED, HIGH_GROWTH, HIGH_TECH_ENTERPRISE, IN_A_ZONE,
    IN_GUIZHOU, IN_NATIONAL_ZONE, OWNS_IP, RESEARCHER, RULE_HIGH_TECH_INCOME_TAX, RULE_RD_SUPER_DEDUCTION,
    TECH_ENTERPRISE,
};
use crate::engine::condition::{Check, Condition};
use crate::engine::fact::Fact;
use crate::engine::measure::{Benefit, BenefitKind, Document, DocumentStatus, Jurisdiction, Measure, Nature};
use crate::engine::text::Text;

pub(super) const DOCUMENT: Document = Document {
    jurisdiction: Jurisdiction::Guizhou,
    file: "004_a7a6ed4d82549e65.txt",
    title: Text::words(
        "关于推进全省高新技术产业开发区高质量发展的实施方案",
        "Implementation Plan for Promoting the High-Quality Development of the Province's High-tech Industrial Development Zones",
    ),
    issuer: Text::words("贵州省科技创新领导小组", "Guizhou Provincial Science and Technology Innovation Leading Group"),
    number: Some("黔科领发〔2021〕1号"),
    issued: Some("2021-11-13"),
    published: Some("2021-12-30"),
    target_year: Some(2025),
    vision_year: None,
    status: DocumentStatus::InForce,
    note: Text::words(
        "2021年11月13日印发，2021年12月30日发布（此件主动公开）。",
        "Issued 13 November 2021, published 30 December 2021 (released proactively to the public).",
    ),
};

// 责任单位 of each clause, as the document lists them.

const RESPONSIBLE_5: Text = Text::words(
    "各高新区管委会、省科技厅、省工业和信息化厅、省地方金融监管局、省税务局",
    "The management committees of all high-tech zones; Guizhou Provincial Department of Science and Technology, Department of Industry and Information Technology, Local Financial Supervision Bureau and Tax Service",
);

const RESPONSIBLE_8: Text = Text::words(
    "省科技厅、省教育厅、省发展改革委、省工业和信息化厅、省市场监管局",
    "Guizhou Provincial Department of Science and Technology, Department of Education, Development and Reform Commission, Department of Industry and Information Technology and Administration for Market Regulation",
);

const RESPONSIBLE_12: Text = Text::words(
    "省发展改革委、省科技厅、贵州银保监局、省地方金融监管局、省市场监管局、省自然资源厅",
    "Guizhou Provincial Development and Reform Commission, Department of Science and Technology, the Guizhou Office of the China Banking and Insurance Regulatory Commission, Local Financial Supervision Bureau, Administration for Market Regulation and Department of Natural Resources",
);

const RESPONSIBLE_16: Text = Text::words(
    "各高新区管委会、省科技厅、省投资促进局",
    "The management committees of all high-tech zones; Guizhou Provincial Department of Science and Technology and Investment Promotion Bureau",
);

const RESPONSIBLE_19: Text = Text::words(
    "省委组织部、省科技厅、省人力资源和社会保障厅、省自然资源厅",
    "Organisation Department of the CPC Guizhou Provincial Committee, Guizhou Provincial Department of Science and Technology, Department of Human Resources and Social Security and Department of Natural Resources",
);

/// A major (industrial) project in the zone: (十二)'s land priority and
/// (十六)'s task force.
const MAJOR_PROJECT: Condition =
    is(Fact::MajorProject, "在高新区实施重大（产业）项目", "is carrying out a major (industrial) project in the zone");

// The sentence shared by the three tax measures of (五).
const QUOTE_5_TAX: &str = "全面落实研发费用加计扣除、高新技术企业所得税减免、技术合同登记税收减免等优惠政策。";

pub(super) static MEASURES: &[Measure] = &super::lean([
    // （五）加强企业主体培育建设。
    Measure {
        id: "guizhou.rd-super-deduction",
        audiences: ENTERPRISE,
        title: Text::words("研发费用加计扣除", "R&D expense super-deduction"),
        benefit: Benefit::plain(
            BenefitKind::TaxRelief,
            "按税收政策享受研发费用加计扣除",
            "R&D expenses deducted at more than their amount, as the tax rules provide",
        ),
        document: &DOCUMENT,
        clause: "（五）",
        quote: QUOTE_5_TAX,
        condition: HAS_RD_EXPENSE_OWN_OR_COMMISSIONED,
        nature: Nature::Restated(RULE_RD_SUPER_DEDUCTION),
        responsible: Some(RESPONSIBLE_5),
        reach: None,
        note: Some(NOTE_RESTATED_TAX),
    },
    Measure {
        id: "guizhou.high-tech-enterprise-income-tax",
        audiences: ENTERPRISE,
        title: Text::words("高新技术企业所得税减免", "Income-tax reduction for high-tech enterprises"),
        benefit: Benefit::plain(
            BenefitKind::TaxRelief,
            "按税收政策减免企业所得税",
            "enterprise income tax reduced as the tax rules provide",
        ),
        document: &DOCUMENT,
        clause: "（五）",
        quote: QUOTE_5_TAX,
        condition: HIGH_TECH_ENTERPRISE,
        nature: Nature::Restated(RULE_HIGH_TECH_INCOME_TAX),
        responsible: Some(RESPONSIBLE_5),
        reach: None,
        note: Some(NOTE_RESTATED_TAX),
    },
    Measure {
        id: "guizhou.tech-contract-tax-relief",
        audiences: ENTERPRISE,
        title: Text::words("技术合同登记税收减免", "Tax relief on registered technology contracts"),
        benefit: Benefit::plain(
            BenefitKind::TaxRelief,
            "技术转让、技术开发的卖方按税收政策享受减免（所得税、增值税）",
            "the seller under a technology transfer or development contract gets the tax relief the tax rules provide (income tax, VAT)",
        ),
        document: &DOCUMENT,
        clause: "（五）",
        quote: QUOTE_5_TAX,
        condition: Condition::All(&[
            is(
                Fact::TechContractSeller,
                "是已登记的技术转让或技术开发合同的卖方（转让方或开发方）",
                "is the seller (transferor or developer) under a registered technology transfer or development contract",
            ),
        ]),
        nature: Nature::Restated(Text::words(
            "《企业所得税法》第二十七条第（四）项（符合条件的技术转让所得，一个纳税年度内不超过500万元的部分免征、超过部分减半征收）及技术转让、技术开发免征增值税的规定（财税〔2016〕36号附件3）：全国适用，不限高新区；须经技术合同登记，只适用于转让方、开发方的收入，不适用于买方，也不适用于单独的技术咨询、技术服务合同。",
            "Enterprise Income Tax Law art. 27(4) (qualifying technology-transfer income exempt up to 5 million yuan a year, halved above) and the VAT exemption for technology transfer and development (Cai Shui [2016] 36, annex 3): nationwide, not limited to the zones; the contract must be registered, and only the transferor's or developer's income qualifies — not a buyer's, nor a stand-alone consulting or service contract.",
        )),
        responsible: Some(RESPONSIBLE_5),
        reach: None,
        note: Some(NOTE_RESTATED_TAX),
    },
    Measure {
        id: "guizhou.star-listing-cultivation",
        audiences: ENTERPRISE,
        title: Text::words("科创板上市培育", "STAR Market listing cultivation"),
        benefit: Benefit::plain(
            BenefitKind::ListingSupport,
            "按科创板方向抓好上市培育",
            "cultivated for listing on the STAR Market",
        ),
        document: &DOCUMENT,
        clause: "（五）",
        quote: "在细分行业领域培育一批龙头骨干企业,孵化一批科技型创业团队和初创企业,培育一批上市企业、高成长企业(瞪羚企业)、独角兽(后备)企业、“专精特新”企业,对内部研发投入强度超过5%且营业收入超过3亿元的科技型企业,按科创板方向抓好上市培育。",
        condition: Condition::All(&[
            TECH_ENTERPRISE,
            test(
                Check::ShareAbove { part: Fact::RdExpenseYuan, whole: Fact::RevenueYuan, percent: 5 },
                "内部研发投入强度超过5%",
                "internal R&D intensity (R&D expenditure / revenue) over 5%",
            ),
            test(
                Check::MoneyAbove(Fact::RevenueYuan, 300_000_000),
                "营业收入超过3亿元",
                "operating revenue over 300 million yuan",
            ),
            // Implied by the two tests above (R&D > 5% × revenue > 5% × 3亿),
            // and stated so that a small R&D budget rules the measure out
            // even before the revenue is known.
            test(
                Check::MoneyAbove(Fact::RdExpenseYuan, 15_000_000),
                "内部研发投入超过1500万元（由以上两项推出）",
                "internal R&D expenditure over 15 million yuan (follows from the two conditions above)",
            ),
            IN_GUIZHOU,
            IN_A_ZONE,
        ]),
        nature: Nature::Entitlement,
        responsible: Some(RESPONSIBLE_5),
        reach: None,
        note: Some(Text::words(
            "对符合标准的企业“按科创板方向抓好上市培育”是主管部门对明确人群承诺提供的服务，故条件满足即为符合；培育通常指纳入上市后备企业库、辅导和对接，本句没有附带资金。“超过”按严格大于理解：研发投入强度恰为5%或营业收入恰为3亿元的不符合。“研发投入超过1500万元”不是原文的条件，而是两项条件合起来的必然结果，列出它是为了在营业收入未知时也能判断。",
            "Cultivating enterprises that meet the thresholds is a service the authorities commit to for a precisely defined group, so meeting the conditions makes the enterprise eligible; cultivation usually means a place among the listing reserve, guidance and introductions, and the sentence attaches no money. \u{201c}超过\u{201d} is read as strictly more: an R&D intensity of exactly 5% or a revenue of exactly 300 million yuan does not qualify. \u{201c}R&D over 15 million yuan\u{201d} is not a condition of the text but follows from its two conditions together; it is listed so that the answer can be given even while the revenue is unknown.",
        )),
    },
    // （八）加快科技成果转移转化。
    Measure {
        id: "guizhou.researcher-equity-transformation",
        audiences: PERSON,
        title: Text::words("科研人员以“技术股+现金股”转化成果", "Researchers transforming results in the zone for technology and cash equity"),
        benefit: Benefit::plain(
            BenefitKind::Entrepreneurship,
            "鼓励在高新区以“技术股+现金股”形式开展科技成果转化活动（政策方向）",
            "researchers are encouraged to commercialise results in the zone for technology shares plus cash shares (a policy direction)",
        ),
        document: &DOCUMENT,
        clause: "（八）",
        quote: "鼓励省内外高校、科研院所的科研人员、团队在高新区以“技术股+现金股”形式开展科技成果转化活动。",
        condition: Condition::All(&[
            RESEARCHER,
            test(
                Check::OneOf(Fact::AchievementPlaceProvince, &["guizhou"]),
                "科技成果在贵州省转化落地",
                "the achievement is put to use in Guizhou",
            ),
            test(
                Check::OneOf(Fact::AchievementPlaceZoneLevel, &["national", "provincial"]),
                "转化活动在高新区（国家级或省级）内开展",
                "the transformation takes place in a high-tech zone (national or provincial)",
            ),
        ]),
        nature: Nature::Direction,
        responsible: Some(RESPONSIBLE_8),
        reach: None,
        note: Some(Text::words(
            "“鼓励”说明政策方向，没有写明给个人的具体待遇，故仅供参考。原文是“省内外”高校、科研院所的科研人员：看的是转化活动是否在贵州的高新区内开展，不看科研人员本人或其单位在哪个省。",
            "\u{201c}Encourage\u{201d} states a direction and names nothing a person receives, so it is for information. The text says researchers of universities and institutes \u{201c}inside or outside the province\u{201d}: what is tested is whether the transformation takes place in a Guizhou high-tech zone, not where the researcher or their employer is.",
        )),
    },
    Measure {
        id: "guizhou.major-achievement-transfer",
        audiences: ENTERPRISE_OR_INSTITUTION,
        title: Text::words("重大科技成果转化项目省级支持", "Provincial support for major S&T achievement projects"),
        benefit: Benefit::plain(
            BenefitKind::ProjectSupport,
            "按“一事一议”方式给予不超过1000万元省级重大科技成果转化项目支持",
            "provincial major-achievement project support of up to 10 million yuan, decided case by case",
        )
        .up_to_yuan(10_000_000),
        document: &DOCUMENT,
        clause: "（八）",
        quote: "重点支持重大科技成果项目引进转化落地,符合条件的,按“一事一议”方式给予不超过1000万元省级重大科技成果转化项目支持。",
        condition: Condition::All(&[
            is(
                Fact::MajorAchievementProject,
                "在高新区引进转化落地重大科技成果项目",
                "is bringing in and landing a major S&T achievement project in the zone",
            ),
            IN_GUIZHOU,
            IN_A_ZONE,
        ]),
        nature: Nature::Discretionary(Text::words(
            "须符合条件，并按“一事一议”方式逐项确定支持",
            "Must meet the conditions; support is decided case by case (一事一议)",
        )),
        responsible: Some(RESPONSIBLE_8),
        reach: None,
        note: Some(Text::words(
            "“符合条件的，按‘一事一议’方式给予不超过1000万元”：条件未写明，支持逐项决定，1000万元是上限，不是承诺的金额。本句本身没有写“高新区”，但它是高新区实施方案（八）的一部分，责任单位是省级部门：本工具按“在贵州的高新区引进转化落地”理解；高新区外的项目能否获得省级重大科技成果转化项目支持，按该项目的省级申报办法，请向省科技厅咨询。企业和高校、科研院所均可是项目单位。",
            "\u{201c}Where the conditions are met, up to 10 million yuan, case by case\u{201d}: the conditions are not stated, each case is decided on its own, and 10 million yuan is a cap, not a promised amount. The sentence itself does not say \u{201c}zone\u{201d}, but it is part of clause (8) of a plan for the zones, and its responsible units are provincial: this tool reads it as projects landed in a Guizhou high-tech zone. Whether a project outside the zones can get the provincial support is for that programme's own rules: ask the provincial Science and Technology Department. Enterprises and universities or institutes alike can be the project's owner.",
        )),
    },
    // （十二）强化资源要素配置。
    Measure {
        id: "guizhou.major-industry-project-list",
        audiences: ENTERPRISE,
        title: Text::words("高新技术产业项目优先纳入省重大产业项目名单", "Priority for zone high-tech industrial projects on the provincial list of major industrial projects"),
        benefit: Benefit::plain(
            BenefitKind::ProjectSupport,
            "优先纳入省重大产业项目名单",
            "priority for inclusion on the provincial list of major industrial projects",
        ),
        document: &DOCUMENT,
        clause: "（十二）",
        quote: "优先将高新区符合条件的高新技术产业项目纳入省重大产业项目名单。",
        condition: Condition::All(&[
            is(Fact::HighTechIndustryProject, "在高新区实施高新技术产业项目", "is carrying out a high-tech industrial project in the zone"),
            IN_GUIZHOU,
            IN_A_ZONE,
        ]),
        nature: Nature::Discretionary(Text::words(
            "须“符合条件”，是否纳入省重大产业项目名单由省发展改革委等按名单的遴选规定决定",
            "Only where the conditions are met; the provincial Development and Reform Commission and others decide inclusion under the list's own rules",
        )),
        responsible: Some(RESPONSIBLE_12),
        reach: None,
        note: Some(Text::words(
            "给予的是遴选中的优先，条件在省重大产业项目的规定中，本句未写明。",
            "What is given is priority within a selection whose conditions are in the rules for the provincial list, not in this sentence.",
        )),
    },
    Measure {
        id: "guizhou.ip-pledge-financing",
        audiences: ENTERPRISE,
        title: Text::words("知识产权质押融资", "Intellectual-property pledge financing"),
        benefit: Benefit::plain(
            BenefitKind::Financing,
            "支持金融机构在高新区开展知识产权质押融资（政策方向）",
            "financial institutions are to be supported in offering IP-pledge financing in the zones (a policy direction)",
        ),
        document: &DOCUMENT,
        clause: "（十二）",
        quote: "鼓励商业银行在高新区设立科技支行,支持金融机构在高新区开展知识产权投融资服务和知识产权质押融资,创新科技金融产品,支持高新区科技型企业发展壮大。",
        condition: Condition::All(&[OWNS_IP, IN_GUIZHOU, IN_A_ZONE]),
        nature: Nature::Direction,
        responsible: Some(RESPONSIBLE_12),
        reach: None,
        note: Some(NOTE_IP_PLEDGE),
    },
    Measure {
        id: "guizhou.star-market-listing-support",
        audiences: ENTERPRISE,
        title: Text::words("高成长企业科创板等上市支持", "Support for high-growth enterprises listing on the STAR Market and other boards"),
        benefit: Benefit::plain(
            BenefitKind::ListingSupport,
            "支持高成长企业利用科创板等多层次资本市场挂牌上市（政策方向）",
            "high-growth enterprises are to be supported in listing on the STAR Market and other boards (a policy direction)",
        ),
        document: &DOCUMENT,
        clause: "（十二）",
        quote: "支持高新区内高成长企业利用科创板等多层次资本市场挂牌上市。",
        condition: Condition::All(&[HIGH_GROWTH, IN_GUIZHOU, IN_A_ZONE]),
        nature: Nature::Direction,
        responsible: Some(RESPONSIBLE_12),
        reach: None,
        note: Some(NOTE_LISTING_SUPPORT),
    },
    Measure {
        id: "guizhou.land-and-premises-priority",
        audiences: ENTERPRISE,
        title: Text::words("重大产业项目和创新创业载体用地、用房优先保障", "Priority for land and premises for major industrial projects and start-up venues"),
        benefit: Benefit::plain(
            BenefitKind::ProjectSupport,
            "优先保障建设用地、用房",
            "priority in the supply of building land and premises",
        ),
        document: &DOCUMENT,
        clause: "（十二）",
        quote: "高新区要加快消化批而未供土地、闲置厂房等各类资源,优先保障符合条件的重大产业项目、新产业、新业态及创新创业载体建设用地、用房。",
        condition: Condition::All(&[
            Condition::Any(&[
                MAJOR_PROJECT,
                is(
                    Fact::NewIndustryOrIncubator,
                    "在高新区建设新产业、新业态项目或创新创业载体",
                    "is building a new-industry or new-business-model project, or a start-up venue, in the zone",
                ),
            ]),
            IN_GUIZHOU,
            IN_A_ZONE,
        ]),
        nature: Nature::Discretionary(Text::words(
            "须“符合条件”，由高新区按用地、用房的规定和项目情况决定优先保障",
            "Only where the conditions are met; the zone decides the priority under the rules on land and premises and the project's merits",
        )),
        responsible: Some(RESPONSIBLE_12),
        reach: None,
        note: Some(Text::words(
            "“优先保障符合条件的……”：条件本句未写明，保障的是优先次序，不是无偿或一定获得用地、用房。",
            "\u{201c}Priority for those that meet the conditions\u{201d}: the conditions are not in this sentence, and what is given is priority, not land or premises free or for certain.",
        )),
    },
    // （十六）完善招商机制。
    Measure {
        id: "guizhou.major-project-task-force",
        audiences: ENTERPRISE,
        title: Text::words("重大项目专班推动落实", "A dedicated task force for major projects"),
        benefit: Benefit::plain(
            BenefitKind::ProjectSupport,
            "对于重大项目，建立专班推动落实",
            "a dedicated task force to see a major project through",
        ),
        document: &DOCUMENT,
        clause: "（十六）",
        quote: "强化项目跟踪、落地服务,对于重大项目,建立专班推动落实。",
        condition: Condition::All(&[
            MAJOR_PROJECT,
            IN_GUIZHOU,
            IN_A_ZONE,
        ]),
        nature: Nature::Discretionary(Text::words(
            "哪些项目属于“重大项目”、是否建立专班，由高新区管委会决定",
            "The zone's management committee decides which projects count as major and sets up the task force",
        )),
        responsible: Some(RESPONSIBLE_16),
        reach: None,
        note: Some(Text::words(
            "“重大项目”本句未定义，由高新区认定，故为须他人决定。",
            "\u{201c}Major project\u{201d} is not defined here and the zone decides it, so someone else decides.",
        )),
    },
    // （十九）强化人才支撑。
    Measure {
        id: "guizhou.work-permit-age-65",
        audiences: PERSON,
        title: Text::words("境外高端人才工作许可年龄放宽至65岁", "Work-permit age limit relaxed to 65 for foreign high-end talent"),
        benefit: Benefit::plain(
            BenefitKind::WorkPermit,
            "申请工作许可的年龄可放宽至65岁",
            "may apply for a work permit up to the age of 65",
        )
        .age_limit_from(WORK_PERMIT_USUAL_AGE, 65),
        document: &DOCUMENT,
        clause: "（十九）",
        quote: "在国家高新区内企业工作的境外高端人才,经市级以上政府科技行政部门(外国人来华工作管理部门)批准,申请工作许可的年龄可放宽至65岁。",
        condition: Condition::All(&[
            FOREIGN_NATIONAL,
            is(Fact::HighEndTalent, "是境外高端人才", "is foreign high-end talent"),
            is(Fact::WorksInZoneEnterprise, "在高新区内企业工作", "works for an enterprise in the zone"),
            IN_GUIZHOU,
            IN_NATIONAL_ZONE,
            test(Check::AgeAtMost(65), "年龄不超过65周岁", "is 65 or younger (completed years)"),
        ]),
        nature: Nature::Discretionary(Text::words(
            "须经市级以上政府科技行政部门（外国人来华工作管理部门）批准；是否属于境外高端人才也由该部门认定",
            "Needs approval by the science and technology department (foreigners' work administration) of a city-level or higher government, which also decides who counts as overseas high-end talent",
        )),
        responsible: Some(RESPONSIBLE_19),
        reach: None,
        note: Some(NOTE_AGE_65),
    },
    Measure {
        id: "guizhou.talent-housing",
        audiences: PERSON,
        title: Text::words("高新区人才用房", "Housing for talent in the zones"),
        benefit: Benefit::plain(
            BenefitKind::Housing,
            "有条件的高新区建设人才用房，按其办法安排",
            "talent housing built by the zones able to, allocated under their rules",
        ),
        document: &DOCUMENT,
        clause: "（十九）",
        quote: "充分考虑人才用房需求,鼓励有条件的高新区建设人才用房。",
        condition: Condition::All(&[IN_GUIZHOU, IN_A_ZONE]),
        nature: Nature::Discretionary(Text::words(
            "须所在高新区已建设人才用房（原文为“鼓励有条件的高新区建设”），由高新区按其办法认定人才、安排住房",
            "Only where the zone has built talent housing (the text only encourages zones able to), and the zone decides under its rules who counts as talent and who is housed",
        )),
        responsible: Some(RESPONSIBLE_19),
        reach: None,
        note: Some(Text::words(
            "人才用房要由高新区先建设，原文未写明对象和条件，故为须他人决定；地点指工作单位所在的高新区。中外人才均可。",
            "Talent housing exists only once a zone builds it, and the text states neither who qualifies nor on what terms, so someone else decides; the place is the zone where the person's employer is. Chinese and foreign talent alike.",
        )),
    },
]);
