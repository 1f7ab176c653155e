//! 四川省人民政府关于促进高新技术产业开发（园）区高质量发展的实施意见（川府发〔2021〕28号）.
//!
//! The received text starts at the document number; the title is as a
//! public copy of the document gives it (see `sources/README` in shared).
//!
//! Applies to Sichuan's high-tech zones of **either level**, national and
//! provincial. Source text: `sources/000_6709bd2dff23c84a.txt`, a preview
//! that is cut off inside clause (十): measures after that point cannot be
//! encoded from it.

use super::national::{
    APPROVAL_WORK_PERMIT, NOTE_AGE_65, NOTE_PROGRAMME_PROJECTS, NOTE_RESIDENCE_5Y, RESPONSIBLE_EXIT_ENTRY,
    RULE_RESIDENCE_PERMIT, WORKS_IN_CHINA, WORK_PERMIT_USUAL_AGE,
};
use super::parties::*;
use super::{is, test, FOREIGN_NATIONAL, IN_A_ZONE, IN_SICHUAN};
use crate::engine::condition::{Check, Condition};
use crate::engine::fact::Fact;
use crate::engine::measure::{Benefit, BenefitKind, Document, DocumentStatus, Jurisdiction, Measure, Nature};
use crate::engine::text::Text;

pub(super) const DOCUMENT: Document = Document {
    jurisdiction: Jurisdiction::Sichuan,
    file: "000_6709bd2dff23c84a.txt",
    title: Text::words(
        "四川省人民政府关于促进高新技术产业开发（园）区高质量发展的实施意见",
        "Implementing Opinions of the Sichuan Provincial Government on Promoting the High-Quality Development of High-tech Industrial Development Zones (Parks)",
    ),
    issuer: Text::words("四川省人民政府", "Sichuan Provincial People's Government"),
    number: Some("川府发〔2021〕28号"),
    issued: None,
    published: None,
    target_year: Some(2025),
    vision_year: None,
    status: DocumentStatus::InForce,
    note: Text::words(
        "所收文本为预览版，在第（十）条中途截断，且无标题行；标题按该文件的公开版本。文本未载明印发日期。",
        "The text received is a preview cut off inside clause (10) and has no title line; the title is as a public copy of the document gives it. The text does not give the date of issue.",
    ),
};

const RESPONSIBLE: Text = Text::words(
    "省委组织部牵头，教育厅、科技厅、公安厅、人力资源社会保障厅等按职责分工负责",
    "Led by the Organisation Department of the Provincial Party Committee, with the Departments of Education, Science and Technology, Public Security, and Human Resources and Social Security",
);

const WORKS_IN_ZONE_ENTERPRISE: Condition =
    is(Fact::WorksInZoneEnterprise, "在高新区企业工作", "works for an enterprise in the zone");

pub(super) static MEASURES: &[Measure] = &super::lean([
    // （六）加强关键核心技术攻关。
    Measure {
        id: "sichuan.research-programme-projects",
        audiences: ENTERPRISE_OR_INSTITUTION,
        title: Text::words(
            "支持高新区内单位承担国家和四川省科技计划项目（四川）",
            "Support for zone organisations taking on national and Sichuan S&T programme projects (Sichuan)",
        ),
        benefit: Benefit::plain(
            BenefitKind::ProjectSupport,
            "支持承担国家和四川省科技计划项目（政策方向）",
            "support in taking on national and Sichuan S&T programme projects (a policy direction)",
        ),
        document: &DOCUMENT,
        clause: "（六）",
        quote: "支持高新区内相关单位承担国家和四川省科技计划项目，努力培育更多“从0到1”的原创性成果，力争突破一批“卡脖子”技术，形成一批重点创新产品，推动技术创新和产业化发展。",
        condition: Condition::All(&[IN_SICHUAN, IN_A_ZONE]),
        nature: Nature::Direction,
        responsible: Some(Text::words(
            "科技厅牵头，省委军民融合办、省发展改革委、经济和信息化厅、中科院成都分院等按职责分工负责",
            "Led by the provincial Department of Science and Technology, with the provincial civil-military integration office, Development and Reform Commission, Department of Economy and Information Technology, the Chengdu Branch of the Chinese Academy of Sciences and others",
        )),
        reach: None,
        note: Some(NOTE_PROGRAMME_PROJECTS),
    },
    // （九）强化创新人才支撑。
    Measure {
        id: "sichuan.work-permit-age-65",
        audiences: PERSON,
        title: Text::words("境外高端人才工作许可年龄放宽至65岁（四川）", "Work-permit age limit relaxed to 65 for foreign high-end talent (Sichuan)"),
        benefit: Benefit::plain(BenefitKind::WorkPermit, "申请工作许可的年龄可放宽至65岁", "may apply for a work permit up to the age of 65")
            .age_limit_from(WORK_PERMIT_USUAL_AGE, 65),
        document: &DOCUMENT,
        clause: "（九）",
        quote: "在高新区企业工作的境外高端人才，经市级以上人民政府科技行政部门（外国人来华工作管理部门）批准，申请工作许可的年龄可放宽至 65 岁。",
        condition: Condition::All(&[
            FOREIGN_NATIONAL,
            is(Fact::HighEndTalent, "是境外高端人才", "is foreign high-end talent"),
            WORKS_IN_ZONE_ENTERPRISE,
            IN_SICHUAN,
            IN_A_ZONE,
            test(Check::AgeAtMost(65), "年龄不超过65周岁", "is 65 or younger (completed years)"),
        ]),
        nature: Nature::Discretionary(APPROVAL_WORK_PERMIT),
        responsible: Some(RESPONSIBLE),
        reach: None,
        note: Some(NOTE_AGE_65),
    },
    Measure {
        id: "sichuan.multi-entry-visa",
        audiences: PERSON,
        title: Text::words("外籍高层次人才多年多次签证（四川）", "Multi-year multiple-entry visa for invited foreign high-level talent (Sichuan)"),
        benefit: Benefit::plain(BenefitKind::Visa, "可按规定申办多年多次的相应签证", "may apply, as the rules provide, for a multi-year multiple-entry visa"),
        document: &DOCUMENT,
        clause: "（九）",
        quote: "高新区企业邀请的外籍高层次管理和专业技术人才，可按规定申办多年多次的相应签证；",
        condition: Condition::All(&[
            FOREIGN_NATIONAL,
            is(
                Fact::InvitedByZoneEnterprise,
                "受高新区企业邀请的高层次管理或专业技术人才",
                "invited by an enterprise in the zone as high-level management or professional-technical talent",
            ),
            IN_SICHUAN,
            IN_A_ZONE,
        ]),
        nature: Nature::Discretionary(Text::words(
            "签证由签证机关（驻外签证机关、公安机关出入境管理部门）按规定决定是否签发及签发何种签证",
            "The visa authority (consulates abroad, the exit-entry administration) decides under the rules whether to issue a visa and which",
        )),
        responsible: Some(RESPONSIBLE),
        reach: None,
        note: Some(Text::words(
            "“可按规定申办”给予申请的资格，是否签发由签证机关决定。“高新区”指本文件所说的高新技术产业开发（园）区，国家级和省级均可。",
            "\u{201c}May apply as the rules provide\u{201d} gives standing to apply; the visa authority decides. The document's zones are Sichuan's high-tech zones and parks of either level.",
        )),
    },
    Measure {
        id: "sichuan.residence-permit-5y",
        audiences: PERSON,
        title: Text::words("外国人才5年以内居留许可（四川）", "Residence permit of up to 5 years for foreign talent (Sichuan)"),
        benefit: Benefit::plain(BenefitKind::Residence, "可按规定申办5年以内的居留许可", "may apply, as the rules provide, for a residence permit of up to 5 years").up_to_years(5),
        document: &DOCUMENT,
        clause: "（九）",
        quote: "在高新区内企业工作的外国人才，可按规定申办 5 年以内的居留许可。",
        condition: Condition::All(&[FOREIGN_NATIONAL, WORKS_IN_CHINA]),
        nature: Nature::Restated(RULE_RESIDENCE_PERMIT),
        responsible: Some(RESPONSIBLE_EXIT_ENTRY),
        reach: None,
        note: Some(NOTE_RESIDENCE_5Y),
    },
]);
