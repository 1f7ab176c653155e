//! 国务院关于促进国家高新技术产业开发区高质量发展的若干意见（国发〔2020〕7号）.
//!
//! Applies to enterprises and people in **national** high-tech zones in any
//! province. Source text: `sources/001_e78e2dbc0f2698aa.txt` (a copy inside a
//! Liaoning routing slip; the slip's first pages are not policy).

use super::{
    is, test, FOREIGN_NATIONAL, HAS_RD_EXPENSE, HIGH_GROWTH, HIGH_TECH_ENTERPRISE, IN_NATIONAL_ZONE, OWNS_IP,
    RESEARCHER, TECH_SME,
};
use crate::condition::{Check, Condition};
use crate::fact::{Audience, Fact};
use crate::measure::{Benefit, BenefitKind, Document, DocumentStatus, Jurisdiction, Measure};
use crate::text::Text;

pub(super) const DOCUMENT: Document = Document {
    file: "001_e78e2dbc0f2698aa.txt",
    title: Text::new(
        "国务院关于促进国家高新技术产业开发区高质量发展的若干意见",
        "Opinions of the State Council on Promoting the High-Quality Development of National High-tech Industrial Development Zones",
    ),
    issuer: Text::new("国务院", "State Council"),
    number: Some("国发〔2020〕7号"),
    date: Some("2020-07-13"),
    status: DocumentStatus::InForce,
    note: Text::new(
        "2020年7月13日印发（国务院办公厅秘书局）",
        "Printed 13 July 2020 by the Secretariat Bureau of the General Office of the State Council",
    ),
};

const APPROVAL_WORK_PERMIT: Text = Text::new(
    "须经市级以上人民政府科技行政部门（外国人来华工作管理部门）批准",
    "Needs approval by the science and technology department (foreigners' work administration) of a city-level or higher government",
);

const RESPONSIBLE_FOREIGN_WORK: Text = Text::new(
    "市级以上人民政府科技行政部门（外国人来华工作管理部门）",
    "Science and technology department (foreigners' work administration) of a city-level or higher government",
);

const RESPONSIBLE_EXIT_ENTRY: Text =
    Text::new("公安机关出入境管理部门", "Exit-entry administration of the public security organs");

const RESPONSIBLE_TAX: Text = Text::new("税务部门", "Tax authorities");

const WORKS_IN_ZONE_ENTERPRISE: Condition =
    is(Fact::WorksInZoneEnterprise, "在高新区内企业工作", "works for an enterprise in the zone");

pub(super) static MEASURES: &[Measure] = &[
    // （五）吸引培育一流创新人才。
    Measure {
        id: "national.work-permit-age-65",
        jurisdiction: Jurisdiction::National,
        audience: Audience::Talent,
        title: Text::new("境外高端人才工作许可年龄放宽至65岁", "Work-permit age limit relaxed to 65 for foreign high-end talent"),
        benefit: Benefit::plain(BenefitKind::WorkPermit, "申请工作许可的年龄可放宽至65岁", "may apply for a work permit up to the age of 65").age_limit(65),
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
        approval: Some(APPROVAL_WORK_PERMIT),
        responsible: Some(RESPONSIBLE_FOREIGN_WORK),
        note: None,
    },
    Measure {
        id: "national.multi-entry-visa",
        jurisdiction: Jurisdiction::National,
        audience: Audience::Talent,
        title: Text::new("外籍高层次人才多年多次签证", "Multi-year multiple-entry visa for invited foreign high-level talent"),
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
        approval: None,
        responsible: Some(RESPONSIBLE_EXIT_ENTRY),
        note: None,
    },
    Measure {
        id: "national.residence-permit-5y",
        jurisdiction: Jurisdiction::National,
        audience: Audience::Talent,
        title: Text::new("外国人才5年以内居留许可", "Residence permit of up to 5 years for foreign talent"),
        benefit: Benefit::plain(BenefitKind::Residence, "可按规定申办5年以内的居留许可", "may apply, as the rules provide, for a residence permit of up to 5 years").up_to_years(5),
        document: &DOCUMENT,
        clause: "（五）",
        quote: "在园区内企业工作的外国人才，可按规定申办 5 年以内的居留许可。",
        condition: Condition::All(&[FOREIGN_NATIONAL, WORKS_IN_ZONE_ENTERPRISE, IN_NATIONAL_ZONE]),
        approval: None,
        responsible: Some(RESPONSIBLE_EXIT_ENTRY),
        note: None,
    },
    Measure {
        id: "national.graduate-residence-facilitation",
        jurisdiction: Jurisdiction::National,
        audience: Audience::Talent,
        title: Text::new("优秀外国留学生创新创业居留便利", "Residence-permit facilitation for foreign graduates starting up in the zone"),
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
        approval: None,
        responsible: Some(RESPONSIBLE_EXIT_ENTRY),
        note: Some(Text::new(
            "原文要求“优秀”留学生，是否优秀由主管部门认定，本工具不作判断。",
            "The text speaks of \u{201c}excellent\u{201d} graduates; that judgement is the authorities', not this tool's.",
        )),
    },
    // （七）支持高新技术企业发展壮大。
    Measure {
        id: "national.rd-super-deduction",
        jurisdiction: Jurisdiction::National,
        audience: Audience::Enterprise,
        title: Text::new("研发费用加计扣除", "R&D expense super-deduction"),
        benefit: Benefit::plain(BenefitKind::TaxRelief, "按税收政策享受研发费用加计扣除", "R&D expenses deducted at more than their amount, as the tax rules provide"),
        document: &DOCUMENT,
        clause: "（七）",
        quote: "建立健全政策协调联动机制，落实好研发费用加计扣除、高新技术企业所得税减免、小微企业普惠性税收减免等政策。",
        condition: Condition::All(&[HAS_RD_EXPENSE, IN_NATIONAL_ZONE]),
        approval: None,
        responsible: Some(RESPONSIBLE_TAX),
        note: None,
    },
    Measure {
        id: "national.high-tech-enterprise-income-tax",
        jurisdiction: Jurisdiction::National,
        audience: Audience::Enterprise,
        title: Text::new("高新技术企业所得税减免", "Income-tax reduction for high-tech enterprises"),
        benefit: Benefit::plain(BenefitKind::TaxRelief, "按税收政策减免企业所得税", "enterprise income tax reduced as the tax rules provide"),
        document: &DOCUMENT,
        clause: "（七）",
        quote: "建立健全政策协调联动机制，落实好研发费用加计扣除、高新技术企业所得税减免、小微企业普惠性税收减免等政策。",
        condition: Condition::All(&[HIGH_TECH_ENTERPRISE, IN_NATIONAL_ZONE]),
        approval: None,
        responsible: Some(RESPONSIBLE_TAX),
        note: None,
    },
    Measure {
        id: "national.small-micro-tax-relief",
        jurisdiction: Jurisdiction::National,
        audience: Audience::Enterprise,
        title: Text::new("小微企业普惠性税收减免", "Inclusive tax relief for small and micro enterprises"),
        benefit: Benefit::plain(BenefitKind::TaxRelief, "按税收政策享受普惠性税收减免", "inclusive tax relief as the tax rules provide"),
        document: &DOCUMENT,
        clause: "（七）",
        quote: "建立健全政策协调联动机制，落实好研发费用加计扣除、高新技术企业所得税减免、小微企业普惠性税收减免等政策。",
        condition: Condition::All(&[
            is(Fact::SmallMicroEnterprise, "是小型微利企业", "is a small or micro enterprise"),
            IN_NATIONAL_ZONE,
        ]),
        approval: None,
        responsible: Some(RESPONSIBLE_TAX),
        note: None,
    },
    // （八）积极培育科技型中小企业。
    Measure {
        id: "national.researcher-startup",
        jurisdiction: Jurisdiction::National,
        audience: Audience::Talent,
        title: Text::new("科技人员携成果入区创新创业", "Researchers starting up in the zone with their results"),
        benefit: Benefit::plain(BenefitKind::Entrepreneurship, "支持携带科技成果在国家高新区内创新创业", "support for starting an innovative business in the zone with their research results"),
        document: &DOCUMENT,
        clause: "（八）",
        quote: "支持科技人员携带科技成果在国家高新区内创新创业，通过众创、众包、众扶、众筹等途径，孵化和培育科技型创业团队和初创企业。",
        condition: Condition::All(&[
            RESEARCHER,
            is(Fact::StartupInZone, "在高新区内创新创业", "is starting up in the zone"),
            IN_NATIONAL_ZONE,
        ]),
        approval: None,
        responsible: None,
        note: None,
    },
    Measure {
        id: "national.tech-sme-procurement",
        jurisdiction: Jurisdiction::National,
        audience: Audience::Enterprise,
        title: Text::new("科技型中小企业首购订购支持", "First purchase and ordering of tech SMEs' innovations"),
        benefit: Benefit::plain(BenefitKind::Procurement, "以首购、订购等非招标方式加大采购其重大创新技术、产品和服务", "more public purchasing of its major innovative technology, products and services, including by first purchase and ordering without tender"),
        document: &DOCUMENT,
        clause: "（八）",
        quote: "扩大首购、订购等非招标方式的应用，加大对科技型中小企业重大创新技术、产品和服务采购力度。",
        condition: Condition::All(&[TECH_SME, IN_NATIONAL_ZONE]),
        approval: None,
        responsible: None,
        note: None,
    },
    // （十七）加强金融服务。
    Measure {
        id: "national.ip-pledge-financing",
        jurisdiction: Jurisdiction::National,
        audience: Audience::Enterprise,
        title: Text::new("知识产权质押融资", "Intellectual-property pledge financing"),
        benefit: Benefit::plain(BenefitKind::Financing, "可通过知识产权质押取得融资", "financing secured by a pledge of its intellectual property"),
        document: &DOCUMENT,
        clause: "（十七）",
        quote: "支持金融机构在国家高新区开展知识产权投融资服务，支持开展知识产权质押融资，开发完善知识产权保险，落实首台（套）重大技术装备保险等相关政策。",
        condition: Condition::All(&[OWNS_IP, IN_NATIONAL_ZONE]),
        approval: None,
        responsible: None,
        note: Some(Text::new("贷款由金融机构按其规定审批。", "The lender decides on each loan under its own rules.")),
    },
    Measure {
        id: "national.first-set-equipment-insurance",
        jurisdiction: Jurisdiction::National,
        audience: Audience::Enterprise,
        title: Text::new("首台（套）重大技术装备保险", "First-of-its-kind major equipment insurance"),
        benefit: Benefit::plain(BenefitKind::Insurance, "落实首台（套）重大技术装备保险等相关政策", "the first-of-its-kind major technical equipment insurance policies apply"),
        document: &DOCUMENT,
        clause: "（十七）",
        quote: "支持金融机构在国家高新区开展知识产权投融资服务，支持开展知识产权质押融资，开发完善知识产权保险，落实首台（套）重大技术装备保险等相关政策。",
        condition: Condition::All(&[
            is(Fact::FirstSetEquipment, "生产首台（套）重大技术装备", "makes first-of-its-kind major technical equipment"),
            IN_NATIONAL_ZONE,
        ]),
        approval: None,
        responsible: None,
        note: None,
    },
    Measure {
        id: "national.star-market-listing-support",
        jurisdiction: Jurisdiction::National,
        audience: Audience::Enterprise,
        title: Text::new("高成长企业科创板等上市支持", "Support for high-growth enterprises listing on the STAR Market and other boards"),
        benefit: Benefit::plain(BenefitKind::ListingSupport, "支持利用科创板等多层次资本市场挂牌上市", "support for listing on the STAR Market and other tiers of the capital market"),
        document: &DOCUMENT,
        clause: "（十七）",
        quote: "支持国家高新区内高成长企业利用科创板等多层次资本市场挂牌上市。",
        condition: Condition::All(&[HIGH_GROWTH, IN_NATIONAL_ZONE]),
        approval: None,
        responsible: None,
        note: None,
    },
];
