//! 国务院关于促进国家高新技术产业开发区高质量发展的若干意见（国发〔2020〕7号）.
//!
//! Applies to enterprises and people in **national** high-tech zones in any
//! province. Source text: `sources/001_e78e2dbc0f2698aa.txt` (a copy inside a
//! Liaoning routing slip; the slip's first pages are not policy).

use super::parties::*;
use super::{
    is, test, BRINGS_OWN_RESULTS, FIRST_SET_EQUIPMENT, FOREIGN_NATIONAL, HAS_RD_EXPENSE_OWN_OR_COMMISSIONED,
    HIGH_GROWTH, HIGH_TECH_ENTERPRISE, IN_NATIONAL_ZONE, OWNS_IP, RULE_HIGH_TECH_INCOME_TAX, RULE_RD_SUPER_DEDUCTION,
    STARTUP_IN_ZONE, TECH_PERSONNEL, TECH_SME, ZONE_DEVELOPMENT_ENTITY,
};
use crate::engine::condition::{Check, Condition};
use crate::engine::fact::Fact;
use crate::engine::measure::{Benefit, BenefitKind, Document, DocumentStatus, Jurisdiction, Measure, Nature};
use crate::engine::text::Text;

pub(super) const DOCUMENT: Document = Document {
    jurisdiction: Jurisdiction::National,
    file: "001_e78e2dbc0f2698aa.txt",
    title: Text::words(
        "国务院关于促进国家高新技术产业开发区高质量发展的若干意见",
        "Opinions of the State Council on Promoting the High-Quality Development of National High-tech Industrial Development Zones",
    ),
    issuer: Text::words("国务院", "State Council"),
    number: Some("国发〔2020〕7号"),
    issued: Some("2020-07-13"),
    published: None,
    target_year: Some(2025),
    vision_year: Some(2035),
    status: DocumentStatus::InForce,
    note: Text::words(
        "2020年7月13日印发（国务院办公厅秘书局）",
        "Printed 13 July 2020 by the Secretariat Bureau of the General Office of the State Council",
    ),
};

pub(super) const APPROVAL_WORK_PERMIT: Text = Text::words(
    "须经市级以上人民政府科技行政部门（外国人来华工作管理部门）批准；是否属于境外高端人才也由该部门认定",
    "Needs approval by the science and technology department (foreigners' work administration) of a city-level or higher government, which also decides who counts as overseas high-end talent",
);

/// Work-permit class B's usual age limit, as [`NOTE_AGE_65`] states it
/// (B类一般不超过60周岁): the limit the 65-year rules relax. A catalogue test
/// holds the note to this number.
pub(crate) const WORK_PERMIT_USUAL_AGE: u16 = 60;

/// Why the 65-year rule asks what it asks; shared with the texts that repeat it.
pub(super) const NOTE_AGE_65: Text = Text::words(
    "外国人工作许可A类（外国高端人才）本无一般年龄上限，B类一般不超过60周岁；本条对审批部门认定的境外高端人才把申请年龄放宽至65周岁，实际帮助的是未达A类、61至65周岁的申请人。年龄按提交申请之日（asOf）的周岁计算：66周岁生日当天起不再适用。不符合本条只说明此途径不适用，不等于60岁以上不能获得工作许可。",
    "Work-permit class A (foreign high-end talent) has no general age cap, and class B is normally capped at 60; this rule relaxes the age to 65 for those the approving department accepts as overseas high-end talent, so it helps applicants aged 61 to 65 who do not reach class A. Age is counted in completed years on the day the application is submitted (asOf): from the 66th birthday it no longer applies. Not meeting this rule closes only this route; it does not mean no permit after 60.",
);

const APPROVAL_VISA: Text = Text::words(
    "签证由签证机关（驻外签证机关、公安机关出入境管理部门）按《出境入境管理法》等规定决定是否签发及签发何种签证",
    "The visa authority (consulates abroad, the exit-entry administration) decides under the Exit and Entry Administration Law whether to issue a visa and which",
);

/// The 5-year residence sentences restate the law (this document and Sichuan's).
pub(super) const NOTE_RESIDENCE_5Y: Text = Text::words(
    "5年是法律对每一种工作类居留许可规定的最长期限，本句只是重申，并不给园区内的人才额外权利，因此不以所在园区为条件，结果仅供参考。",
    "Five years is the statutory maximum of every work-type residence permit; the sentence restates it and grants zone workers nothing extra, so location is not a condition and the result is for information.",
);

/// Every work-type residence permit's legal range (出境入境管理法 art. 30).
pub(super) const RULE_RESIDENCE_PERMIT: Text = Text::words(
    "《出境入境管理法》第三十条：工作类居留证件有效期最短为90日，最长为5年。所有在华工作的外国人均适用，不限高新区；居留许可由公安机关出入境管理部门按规定审批。",
    "Exit and Entry Administration Law art. 30: a work-type residence permit is valid for 90 days to 5 years. This applies to every foreign national working in China, not only in the zones; the exit-entry administration decides each permit under the rules.",
);

const RESPONSIBLE_FOREIGN_WORK: Text = Text::words(
    "市级以上人民政府科技行政部门（外国人来华工作管理部门）",
    "Science and technology department (foreigners' work administration) of a city-level or higher government",
);

pub(super) const RESPONSIBLE_EXIT_ENTRY: Text =
    Text::words("公安机关出入境管理部门", "Exit-entry administration of the public security organs");

const RESPONSIBLE_TAX: Text = Text::words("税务部门", "Tax authorities");

/// Working in China at all: what a work-type residence permit needs, wherever.
pub(super) const WORKS_IN_CHINA: Condition = is(
    Fact::WorksInChina,
    "在中国境内工作（或将按所申请的许可工作）",
    "works, or is to work under the permit applied for, in China",
);

/// 支持……相关单位承担……科技计划项目: the national and Sichuan （六）.
pub(super) const NOTE_PROGRAMME_PROJECTS: Text = Text::words(
    "“支持……承担……科技计划项目”说明政策方向：项目仍按各科技计划的指南申报、评审立项，本句不给任何单位立项的权利，故仅供参考。企业和高校、科研院所等单位均可。",
    "\u{201c}Support organisations in taking on S&T programme projects\u{201d} states a direction: each project is still applied for and chosen under its programme's call, and the sentence gives no organisation a right to a project, so it is for information. Enterprises, universities, institutes and other organisations alike.",
);

const WORKS_IN_ZONE_ENTERPRISE: Condition =
    is(Fact::WorksInZoneEnterprise, "在高新区内企业工作", "works for an enterprise in the zone");

pub(super) static MEASURES: &[Measure] = &super::lean([
    // （四）大力集聚高端创新资源。
    Measure {
        id: "national.key-lab-priority",
        audiences: ENTERPRISE_OR_INSTITUTION,
        title: Text::words("纳入国家重点实验室、国家技术创新中心优先支持", "Priority for labs and bases qualifying as national key laboratories or technology innovation centres"),
        benefit: Benefit::plain(
            BenefitKind::ProjectSupport,
            "对符合条件纳入国家重点实验室、国家技术创新中心的，给予优先支持",
            "priority support for those that qualify to join the national key laboratories or national technology innovation centres",
        ),
        document: &DOCUMENT,
        clause: "（四）",
        quote: "对符合条件纳入国家重点实验室、国家技术创新中心的，给予优先支持。",
        condition: Condition::All(&[
            is(
                Fact::NationalLabCandidate,
                "在高新区建设的实验设施或创新基地符合纳入国家重点实验室或国家技术创新中心的条件",
                "runs a laboratory or innovation base in the zone that meets the conditions for the national key laboratories or technology innovation centres",
            ),
            IN_NATIONAL_ZONE,
        ]),
        nature: Nature::Discretionary(Text::words(
            "是否符合条件、能否纳入及给予何种优先支持，由主管部门按国家重点实验室、国家技术创新中心的建设规定遴选决定",
            "The authorities decide under the rules for national key laboratories and technology innovation centres whether it qualifies, is admitted and what priority it gets",
        )),
        responsible: None,
        reach: None,
        note: Some(Text::words(
            "“符合条件的……给予优先支持”：条件在其他规定中，优先支持是遴选中的优先，故须由主管部门决定。骨干企业和高校、科研院所建设的实验室、基地均适用。",
            "\u{201c}Those that qualify get priority support\u{201d}: the conditions are set elsewhere and the priority is one within a selection, so the authorities decide. Laboratories and bases built by leading enterprises, universities and institutes alike.",
        )),
    },
    // （五）吸引培育一流创新人才。
    Measure {
        id: "national.work-permit-age-65",
        audiences: PERSON,
        title: Text::words("境外高端人才工作许可年龄放宽至65岁", "Work-permit age limit relaxed to 65 for foreign high-end talent"),
        benefit: Benefit::plain(BenefitKind::WorkPermit, "申请工作许可的年龄可放宽至65岁", "may apply for a work permit up to the age of 65")
            .age_limit_from(WORK_PERMIT_USUAL_AGE, 65),
        document: &DOCUMENT,
        clause: "（五）",
        quote: "在国家高新区内企业工作的境外高端人才，经市级以上人民政府科技行政部门（外国人来华工作管理部门）批准，申请工作许可的年龄可放宽至 65 岁。",
        condition: Condition::All(&[
            FOREIGN_NATIONAL,
            is(Fact::HighEndTalent, "是境外高端人才", "is foreign high-end talent"),
            WORKS_IN_ZONE_ENTERPRISE,
            IN_NATIONAL_ZONE,
            test(Check::AgeAtMost(65), "年龄不超过65周岁", "is 65 or younger (completed years)"),
        ]),
        nature: Nature::Discretionary(APPROVAL_WORK_PERMIT),
        responsible: Some(RESPONSIBLE_FOREIGN_WORK),
        reach: None,
        note: Some(NOTE_AGE_65),
    },
    Measure {
        id: "national.multi-entry-visa",
        audiences: PERSON,
        title: Text::words("外籍高层次人才多年多次签证", "Multi-year multiple-entry visa for invited foreign high-level talent"),
        benefit: Benefit::plain(BenefitKind::Visa, "可按规定申办多年多次的相应签证", "may apply, as the rules provide, for a multi-year multiple-entry visa"),
        document: &DOCUMENT,
        clause: "（五）",
        quote: "国家高新区内企业邀请的外籍高层次管理和专业技术人才，可按规定申办多年多次的相应签证；",
        condition: Condition::All(&[
            FOREIGN_NATIONAL,
            is(
                Fact::InvitedByZoneEnterprise,
                "受高新区内企业邀请的高层次管理或专业技术人才",
                "invited by an enterprise in the zone as high-level management or professional-technical talent",
            ),
            IN_NATIONAL_ZONE,
        ]),
        nature: Nature::Discretionary(APPROVAL_VISA),
        responsible: Some(RESPONSIBLE_EXIT_ENTRY),
        reach: None,
        note: Some(Text::words(
            "“可按规定申办”给予申请的资格，是否签发由签证机关决定。本句是国家高新区企业邀请的人才的途径；不符合本条只说明此途径不适用：外国高层次人才在其他地方工作，也可按《外国人入境出境管理条例》申请人才签证（R字）等签证。",
            "\u{201c}May apply as the rules provide\u{201d} gives standing to apply; the visa authority decides. This is the route for talent invited by national-zone enterprises; not meeting it closes only this route: foreign high-level talent working elsewhere may still apply for a talent (R) visa and other visas under the Regulations on the Administration of Foreigners' Entry and Exit.",
        )),
    },
    Measure {
        id: "national.residence-permit-5y",
        audiences: PERSON,
        title: Text::words("外国人才5年以内居留许可", "Residence permit of up to 5 years for foreign talent"),
        benefit: Benefit::plain(BenefitKind::Residence, "可按规定申办5年以内的居留许可", "may apply, as the rules provide, for a residence permit of up to 5 years").up_to_years(5),
        document: &DOCUMENT,
        clause: "（五）",
        quote: "在园区内企业工作的外国人才，可按规定申办 5 年以内的居留许可。",
        condition: Condition::All(&[FOREIGN_NATIONAL, WORKS_IN_CHINA]),
        nature: Nature::Restated(RULE_RESIDENCE_PERMIT),
        responsible: Some(RESPONSIBLE_EXIT_ENTRY),
        reach: None,
        note: Some(NOTE_RESIDENCE_5Y),
    },
    Measure {
        id: "national.graduate-residence-facilitation",
        audiences: PERSON,
        title: Text::words("优秀外国留学生创新创业居留便利", "Residence-permit facilitation for excellent foreign graduates doing innovation or entrepreneurship in the zone"),
        benefit: Benefit::plain(BenefitKind::Residence, "提供办理居留许可便利", "facilitated residence-permit procedures"),
        document: &DOCUMENT,
        clause: "（五）",
        quote: "对在国内重点高等学校获得本科以上学历的优秀留学生以及国际知名高校毕业的外国学生，在国家高新区从事创新创业活动的，提供办理居留许可便利。",
        condition: Condition::All(&[
            FOREIGN_NATIONAL,
            test(
                Check::OneOf(Fact::Graduation, &["chineseKeyUniversityBachelorPlus", "renownedForeignUniversity"]),
                "在国内重点高校获本科以上学历，或毕业于国际知名高校",
                "holds a bachelor's degree or higher from a key Chinese university, or graduated from an internationally renowned university",
            ),
            is(Fact::StartupInZone, "在高新区从事创新创业活动", "is doing innovation or entrepreneurship in the zone"),
            IN_NATIONAL_ZONE,
        ]),
        nature: Nature::Discretionary(Text::words(
            "是否属于“优秀”留学生、是否为“国际知名”高校毕业，由公安机关出入境管理部门认定，并按规定办理居留许可",
            "The exit-entry administration judges whether the applicant is an \u{201c}excellent\u{201d} student or a graduate of an \u{201c}internationally renowned\u{201d} university, and issues the permit under the rules",
        )),
        responsible: Some(RESPONSIBLE_EXIT_ENTRY),
        reach: None,
        note: Some(Text::words(
            "原文要求“优秀”留学生或“国际知名”高校毕业生，这是主管部门的判断，本工具只问学历的种类，不判断是否优秀、是否知名，故条件满足时也须由主管部门决定。便利是办理上的，居留许可本身仍按规定审批。",
            "The text requires \u{201c}excellent\u{201d} students or graduates of \u{201c}internationally renowned\u{201d} universities: a judgement for the authorities. This tool asks only the kind of degree and judges neither excellence nor renown, so even when the conditions hold, the authorities decide. The facilitation is procedural; the permit itself is still granted under the rules.",
        )),
    },
    // （六）加强关键核心技术创新和成果转移转化。
    Measure {
        id: "national.research-programme-projects",
        audiences: ENTERPRISE_OR_INSTITUTION,
        title: Text::words(
            "支持国家高新区内单位承担国家和地方科技计划项目",
            "Support for national-zone organisations taking on national and local S&T programme projects",
        ),
        benefit: Benefit::plain(
            BenefitKind::ProjectSupport,
            "支持承担国家和地方科技计划项目，支持重大创新成果在园区落地转化（政策方向）",
            "support in taking on national and local S&T programme projects, and for major innovations put to use in the zone (a policy direction)",
        ),
        document: &DOCUMENT,
        clause: "（六）",
        quote: "支持国家高新区内相关单位承担国家和地方科技计划项目，支持重大创新成果在园区落地转化并实现产品化、产业化。",
        condition: IN_NATIONAL_ZONE,
        nature: Nature::Direction,
        responsible: None,
        reach: None,
        note: Some(NOTE_PROGRAMME_PROJECTS),
    },
    // （七）支持高新技术企业发展壮大。
    Measure {
        id: "national.rd-super-deduction",
        audiences: ENTERPRISE,
        title: Text::words("研发费用加计扣除", "R&D expense super-deduction"),
        benefit: Benefit::plain(BenefitKind::TaxRelief, "按税收政策享受研发费用加计扣除", "R&D expenses deducted at more than their amount, as the tax rules provide"),
        document: &DOCUMENT,
        clause: "（七）",
        quote: "建立健全政策协调联动机制，落实好研发费用加计扣除、高新技术企业所得税减免、小微企业普惠性税收减免等政策。",
        condition: HAS_RD_EXPENSE_OWN_OR_COMMISSIONED,
        nature: Nature::Restated(RULE_RD_SUPER_DEDUCTION),
        responsible: Some(RESPONSIBLE_TAX),
        reach: None,
        note: Some(NOTE_RESTATED_TAX),
    },
    Measure {
        id: "national.high-tech-enterprise-income-tax",
        audiences: ENTERPRISE,
        title: Text::words("高新技术企业所得税减免", "Income-tax reduction for high-tech enterprises"),
        benefit: Benefit::plain(BenefitKind::TaxRelief, "按税收政策减免企业所得税", "enterprise income tax reduced as the tax rules provide"),
        document: &DOCUMENT,
        clause: "（七）",
        quote: "建立健全政策协调联动机制，落实好研发费用加计扣除、高新技术企业所得税减免、小微企业普惠性税收减免等政策。",
        condition: HIGH_TECH_ENTERPRISE,
        nature: Nature::Restated(RULE_HIGH_TECH_INCOME_TAX),
        responsible: Some(RESPONSIBLE_TAX),
        reach: None,
        note: Some(NOTE_RESTATED_TAX),
    },
    Measure {
        id: "national.small-micro-tax-relief",
        audiences: ENTERPRISE,
        title: Text::words("小微企业普惠性税收减免", "Inclusive tax relief for small and micro enterprises"),
        benefit: Benefit::plain(BenefitKind::TaxRelief, "按税收政策享受普惠性税收减免", "inclusive tax relief as the tax rules provide"),
        document: &DOCUMENT,
        clause: "（七）",
        quote: "建立健全政策协调联动机制，落实好研发费用加计扣除、高新技术企业所得税减免、小微企业普惠性税收减免等政策。",
        condition: Condition::All(&[
            is(
                Fact::SmallMicroEnterprise,
                "属于小微企业普惠性税收减免的对象（小型微利企业或增值税小规模纳税人）",
                "is covered by the inclusive small and micro enterprise tax relief (a small low-profit enterprise or a small-scale VAT taxpayer)",
            ),
        ]),
        nature: Nature::Restated(Text::words(
            "小微企业普惠性税收减免政策（财税〔2019〕13号及其后续延续政策）：小型微利企业所得税优惠、增值税小规模纳税人免征增值税及“六税两费”减征等，全国适用，不限高新区，按各项政策自身的条件执行。",
            "The inclusive tax relief for small and micro enterprises (Cai Shui [2019] 13 and the rules that extended it): income-tax relief for small low-profit enterprises, VAT exemption for small-scale taxpayers, relief on the \u{201c}six taxes and two fees\u{201d}; nationwide, not limited to the zones, each on its own conditions.",
        )),
        responsible: Some(RESPONSIBLE_TAX),
        reach: None,
        note: Some(NOTE_RESTATED_TAX),
    },
    // （八）积极培育科技型中小企业。
    Measure {
        id: "national.researcher-startup",
        audiences: PERSON,
        title: Text::words("科技人员携成果入区创新创业", "S&T personnel doing innovation or entrepreneurship in the zone with their results"),
        benefit: Benefit::plain(BenefitKind::Entrepreneurship, "国家支持科技人员携带科技成果在国家高新区内创新创业（政策方向）", "the State supports S&T personnel bringing their results to the zone to innovate or start up (a policy direction)"),
        document: &DOCUMENT,
        clause: "（八）",
        quote: "支持科技人员携带科技成果在国家高新区内创新创业，通过众创、众包、众扶、众筹等途径，孵化和培育科技型创业团队和初创企业。",
        condition: Condition::All(&[
            TECH_PERSONNEL,
            BRINGS_OWN_RESULTS,
            STARTUP_IN_ZONE,
            IN_NATIONAL_ZONE,
        ]),
        nature: Nature::Direction,
        responsible: None,
        reach: None,
        note: Some(Text::words(
            "“支持……创新创业”说明政策方向，没有写明对个人的具体支持，故仅供参考。“科技人员”包括企业的科技人员，不限于高校和科研院所。",
            "\u{201c}Support S&T personnel in starting up\u{201d} states a direction and names no concrete support for a person, so it is for information. \u{201c}科技人员\u{201d} includes S&T staff of enterprises, not only of universities and institutes.",
        )),
    },
    Measure {
        id: "national.tech-sme-procurement",
        audiences: ENTERPRISE,
        title: Text::words("科技型中小企业首购订购支持", "First purchase and ordering of tech SMEs' innovations"),
        benefit: Benefit::plain(BenefitKind::Procurement, "采购方扩大首购、订购等非招标方式，加大对科技型中小企业重大创新技术、产品和服务的采购（政策方向）", "purchasers are to use first purchase and ordering without tender more, and buy more of tech SMEs' major innovations (a policy direction)"),
        document: &DOCUMENT,
        clause: "（八）",
        quote: "扩大首购、订购等非招标方式的应用，加大对科技型中小企业重大创新技术、产品和服务采购力度。",
        condition: Condition::All(&[TECH_SME, IN_NATIONAL_ZONE]),
        nature: Nature::Direction,
        responsible: None,
        reach: None,
        note: Some(Text::words(
            "本句是对采购方的要求，企业不能据此要求被采购，故仅供参考；且只涉及“重大创新”技术、产品和服务。",
            "The sentence addresses purchasers; an enterprise cannot claim to be bought from, so it is for information, and it concerns only major innovations.",
        )),
    },
    // （十七）加强金融服务。
    Measure {
        id: "national.ip-pledge-financing",
        audiences: ENTERPRISE,
        title: Text::words("知识产权质押融资", "Intellectual-property pledge financing"),
        benefit: Benefit::plain(BenefitKind::Financing, "支持金融机构开展知识产权质押融资（政策方向）", "financial institutions are to be supported in offering IP-pledge financing (a policy direction)"),
        document: &DOCUMENT,
        clause: "（十七）",
        quote: "支持金融机构在国家高新区开展知识产权投融资服务，支持开展知识产权质押融资，开发完善知识产权保险，落实首台（套）重大技术装备保险等相关政策。",
        condition: Condition::All(&[OWNS_IP, IN_NATIONAL_ZONE]),
        nature: Nature::Direction,
        responsible: None,
        reach: None,
        note: Some(NOTE_IP_PLEDGE),
    },
    Measure {
        id: "national.first-set-equipment-insurance",
        audiences: ENTERPRISE,
        title: Text::words("首台（套）重大技术装备保险补偿", "Insurance compensation for first-of-its-kind major technical equipment"),
        benefit: Benefit::plain(BenefitKind::Insurance, "首台（套）重大技术装备保险补偿政策（全国政策，按其自身规定申请）", "the national insurance-compensation policy for first-of-its-kind major technical equipment (applied for under its own rules)"),
        document: &DOCUMENT,
        clause: "（十七）",
        quote: "支持金融机构在国家高新区开展知识产权投融资服务，支持开展知识产权质押融资，开发完善知识产权保险，落实首台（套）重大技术装备保险等相关政策。",
        condition: FIRST_SET_EQUIPMENT,
        nature: Nature::Restated(Text::words(
            "首台（套）重大技术装备保险补偿机制（财建〔2015〕19号及后续规定）和重点新材料首批次应用保险补偿机制（工信部联原〔2017〕222号）：全国适用，不限高新区；装备或材料须列入相应的指导目录，投保后按规定申请保费补贴。",
            "The insurance-compensation schemes for first-of-its-kind major technical equipment (Cai Jian [2015] 19 and later rules) and for the first batch of key new materials (MIIT [2017] 222): nationwide, not limited to the zones; the equipment or material must be in the scheme's catalogue, and the premium subsidy is applied for after insuring.",
        )),
        responsible: None,
        reach: None,
        note: Some(Text::words(
            "“落实……等相关政策”重申的是全国性政策，不是园区另给的待遇，故不以所在园区为条件，结果仅供参考；“等相关政策”还包括重点新材料首批次应用保险补偿：生产列入首批次目录的新材料的企业，请按该机制的规定申请（本工具只问装备，因为首版次软件等其他创新产品不在这两项全国机制之内）。能否获得补偿由该政策的目录和审核决定。",
            "\u{201c}Apply the policies\u{201d} restates nationwide schemes rather than granting zones anything extra, so location is not a condition and the result is for information; \u{201c}and related policies\u{201d} also covers the first-batch new-materials insurance: a maker of materials in that catalogue applies under its rules (this tool asks about equipment only, because first-edition software and other innovative products are in neither national scheme). The scheme's catalogue and review decide.",
        )),
    },
    Measure {
        id: "national.state-venture-capital-co-investment",
        audiences: ENTERPRISE,
        title: Text::words("国有创投企业建立跟投机制", "State-owned venture-capital enterprises may set up co-investment schemes"),
        benefit: Benefit::plain(
            BenefitKind::Financing,
            "符合条件的国有创投企业允许建立跟投机制",
            "qualifying state-owned venture-capital enterprises are allowed to set up a co-investment (跟投) scheme",
        ),
        document: &DOCUMENT,
        clause: "（十七）",
        quote: "创新国有资本创投管理机制，允许园区内符合条件的国有创投企业建立跟投机制。",
        condition: Condition::All(&[
            is(Fact::StateOwnedVentureCapital, "是园区内的国有创业投资企业", "is a state-owned venture-capital enterprise in the zone"),
            IN_NATIONAL_ZONE,
        ]),
        nature: Nature::Discretionary(Text::words(
            "须“符合条件”，条件和跟投方案由国有资产监管机构等按国有资本管理规定确定",
            "Only where the conditions are met; the conditions and the scheme are for the state-asset supervisor and the rules on state capital",
        )),
        responsible: None,
        reach: None,
        note: Some(Text::words(
            "“允许”给予的是企业自身的自由，但“符合条件的”条件本句未写明，由国有资本管理规定和监管机构决定，故为须他人决定。",
            "\u{201c}Allowed\u{201d} frees the enterprise's own act, but the conditions are not in this sentence: the state-capital rules and the supervisor decide them, so someone else decides.",
        )),
    },
    Measure {
        id: "national.star-market-listing-support",
        audiences: ENTERPRISE,
        title: Text::words("高成长企业科创板等上市支持", "Support for high-growth enterprises listing on the STAR Market and other boards"),
        benefit: Benefit::plain(BenefitKind::ListingSupport, "支持高成长企业利用科创板等多层次资本市场挂牌上市（政策方向）", "high-growth enterprises are to be supported in listing on the STAR Market and other boards (a policy direction)"),
        document: &DOCUMENT,
        clause: "（十七）",
        quote: "支持国家高新区内高成长企业利用科创板等多层次资本市场挂牌上市。",
        condition: Condition::All(&[HIGH_GROWTH, IN_NATIONAL_ZONE]),
        nature: Nature::Direction,
        responsible: None,
        reach: None,
        note: Some(NOTE_LISTING_SUPPORT),
    },
    Measure {
        id: "national.zone-developer-listing",
        audiences: ENTERPRISE,
        title: Text::words("国家高新区开发建设主体上市融资", "Listing for national high-tech zones' development entities"),
        benefit: Benefit::plain(
            BenefitKind::ListingSupport,
            "支持符合条件的开发建设主体上市融资（政策方向）",
            "development entities that meet the conditions are to be supported in raising funds by listing (a policy direction)",
        ),
        document: &DOCUMENT,
        clause: "（十七）",
        quote: "支持符合条件的国家高新区开发建设主体上市融资。",
        condition: Condition::All(&[ZONE_DEVELOPMENT_ENTITY, IN_NATIONAL_ZONE]),
        nature: Nature::Direction,
        responsible: None,
        reach: None,
        note: Some(NOTE_ZONE_DEVELOPER),
    },
]);

/// The restated tax measures' shared note (this document and those that repeat it).
pub(super) const NOTE_RESTATED_TAX: Text = Text::words(
    "“落实好……等政策”重申全国税收政策，不是高新区另给的优惠：不在高新区的企业同样适用，由税法自身的条件决定，企业自行申报享受。本工具不能代替税务判断，结果仅供参考。",
    "\u{201c}Apply the policies\u{201d} restates nationwide tax law rather than granting the zone anything extra: enterprises outside the zones have it too, on the tax rules' own conditions, claimed by their own declaration. This tool is no tax ruling; the result is for information.",
);

/// The IP-pledge sentences' shared note.
pub(super) const NOTE_IP_PLEDGE: Text = Text::words(
    "本句支持的是金融机构开展业务，没有给企业可以主张的权利；质押贷款由金融机构按其规定审批，故仅供参考。",
    "The sentence supports lenders in offering the product and gives the enterprise nothing to claim; each pledge loan is the lender's decision, so it is for information.",
);

/// The zone-developer financing sentences' shared note.
pub(super) const NOTE_ZONE_DEVELOPER: Text = Text::words(
    "“支持符合条件的……开发建设主体”上市或发债，说明政策方向：“符合条件”未写明，上市、发债由证券监管等部门依其规定审核，本句没有给出可以主张的支持，故仅供参考。",
    "\u{201c}Support development entities that meet the conditions\u{201d} in listing or issuing bonds states a direction: the conditions are not given, listings and bonds are approved by the regulators under their own rules, and the sentence names no support to claim, so it is for information.",
);

/// The listing-support sentences' shared note.
pub(super) const NOTE_LISTING_SUPPORT: Text = Text::words(
    "“支持……挂牌上市”说明政策方向，没有写明具体支持措施和条件；“高成长企业”也未定义，故仅供参考。",
    "\u{201c}Support listing\u{201d} states a direction with no concrete support or criteria, and \u{201c}high-growth\u{201d} is not defined, so it is for information.",
);
