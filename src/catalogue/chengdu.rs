//! 四川省人民政府关于加快推进成都国家自主创新示范区建设的实施意见.
//!
//! Applies to the Chengdu national independent innovation demonstration zone,
//! which is the Chengdu high-tech zone and its parks (zone id `chengdu`).
//! Source text: `sources/003_e1c82c5e15ec283a.txt`; the document carries no
//! number or date (its targets are for 2020 and 2025).

use super::{is, test, HIGH_GROWTH, IN_NATIONAL_ZONE, IN_SICHUAN, OWNS_IP, RESEARCHER};
use crate::condition::{Check, Condition};
use crate::fact::{Audience, Fact};
use crate::measure::{Benefit, BenefitKind, Document, DocumentStatus, Jurisdiction, Measure};
use crate::text::Text;

pub(super) const DOCUMENT: Document = Document {
    file: "003_e1c82c5e15ec283a.txt",
    title: Text::new(
        "四川省人民政府关于加快推进成都国家自主创新示范区建设的实施意见",
        "Implementing Opinions of the Sichuan Provincial Government on Accelerating the Chengdu National Independent Innovation Demonstration Zone",
    ),
    issuer: Text::new("四川省人民政府", "Sichuan Provincial People's Government"),
    number: None,
    date: None,
    status: DocumentStatus::InForce,
    note: Text::new(
        "文本未载明文号和印发日期，目标年份为2020年和2025年。",
        "The text gives no number and no date of issue; its targets are for 2020 and 2025.",
    ),
};

const RESPONSIBLE: Text = Text::new(
    "成都市人民政府（示范区建设主体责任）",
    "Chengdu Municipal People's Government (responsible for building the zone)",
);

/// The demonstration zone is the Chengdu high-tech zone: in Sichuan, national
/// level, and that zone in particular. The first two tests let a profile that
/// only says "Chongqing" or "provincial zone" rule these measures out.
const IN_THE_DEMONSTRATION_ZONE: Condition = Condition::All(&[
    IN_SICHUAN,
    IN_NATIONAL_ZONE,
    test(
        Check::OneOf(Fact::Zone, &["chengdu"]),
        "位于成都高新区（成都国家自主创新示范区）",
        "located in the Chengdu High-tech Zone (the demonstration zone)",
    ),
]);

const FUNDING_QUOTE: &str = "支持示范区开展科技金融创新，大力推进知识产权质押融资，探索建立科技金融众筹平台，落实国家支持天使投资税收优惠政策，创新国资创投管理机制，支持保险机构开展科技保险产品创新。";

pub(super) static MEASURES: &[Measure] = &[
    // （四）实施创业天府引领工程。
    Measure {
        id: "chengdu.ip-pledge-financing",
        jurisdiction: Jurisdiction::Chengdu,
        audience: Audience::Enterprise,
        title: Text::new("知识产权质押融资（成都示范区）", "Intellectual-property pledge financing (Chengdu demonstration zone)"),
        benefit: Benefit::plain(BenefitKind::Financing, "可通过知识产权质押取得融资", "financing secured by a pledge of its intellectual property"),
        document: &DOCUMENT,
        clause: "（四）",
        quote: FUNDING_QUOTE,
        condition: Condition::All(&[OWNS_IP, IN_THE_DEMONSTRATION_ZONE]),
        approval: None,
        responsible: Some(RESPONSIBLE),
        note: Some(Text::new("贷款由金融机构按其规定审批。", "The lender decides on each loan under its own rules.")),
    },
    Measure {
        id: "chengdu.angel-investment-tax",
        jurisdiction: Jurisdiction::Chengdu,
        audience: Audience::Enterprise,
        title: Text::new("天使投资税收优惠（成都示范区）", "Tax incentives for angel investment (Chengdu demonstration zone)"),
        benefit: Benefit::plain(BenefitKind::TaxRelief, "落实国家支持天使投资税收优惠政策", "the national tax incentives for angel investment apply"),
        document: &DOCUMENT,
        clause: "（四）",
        quote: FUNDING_QUOTE,
        condition: Condition::All(&[
            is(Fact::AngelInvestor, "以天使投资方式投资初创科技型企业", "invests as an angel investor in start-up technology enterprises"),
            IN_THE_DEMONSTRATION_ZONE,
        ]),
        approval: None,
        responsible: Some(RESPONSIBLE),
        note: Some(Text::new(
            "具体条件以国家天使投资税收政策为准。",
            "The exact conditions are those of the national angel-investment tax rules.",
        )),
    },
    // （六）实施创智高新先导工程。
    Measure {
        id: "chengdu.entrepreneur-support",
        jurisdiction: Jurisdiction::Chengdu,
        audience: Audience::Talent,
        title: Text::new("人才到示范区创业支持", "Support for talent starting a business in the demonstration zone"),
        benefit: Benefit::plain(
            BenefitKind::Entrepreneurship,
            "专项资金、众创空间等形式的创业支持",
            "start-up support through dedicated funds, maker spaces and similar",
        ),
        document: &DOCUMENT,
        clause: "（六）",
        quote: "示范区采取设立专项资金、建立众创空间等形式，加强高端人才及团队引进，重点推动年轻创业者、大企业高管及连续创业者、科技人员创业者、留学归国创业者等各类人才到示范区创业。",
        condition: Condition::All(&[
            is(Fact::StartupInZone, "在示范区内创新创业", "is starting a business in the demonstration zone"),
            IN_THE_DEMONSTRATION_ZONE,
        ]),
        approval: None,
        responsible: Some(RESPONSIBLE),
        note: None,
    },
    Measure {
        id: "chengdu.researcher-leave-startup",
        jurisdiction: Jurisdiction::Chengdu,
        audience: Audience::Talent,
        title: Text::new("科研人员在职或离岗创业", "Researchers starting a business while keeping or leaving their post"),
        benefit: Benefit::plain(
            BenefitKind::Entrepreneurship,
            "鼓励在职或离岗创业，并建立利益激励、权益分配机制",
            "encouraged to start a business while keeping or leaving their post, with incentive and benefit-sharing arrangements",
        ),
        document: &DOCUMENT,
        clause: "（六）",
        quote: "建立健全在川高等院校、科研院所与企业的人才双向流动机制，鼓励科研人员在职离岗创业，建立科技人员的利益激励、权益分配机制。",
        condition: Condition::All(&[
            RESEARCHER,
            is(Fact::StartupInZone, "在示范区内创新创业", "is starting a business in the demonstration zone"),
            IN_THE_DEMONSTRATION_ZONE,
        ]),
        approval: None,
        responsible: Some(RESPONSIBLE),
        note: Some(Text::new(
            "离岗创业的具体办法由所在单位和人事部门规定。",
            "How a post is kept or left is set by the employer and the personnel authorities.",
        )),
    },
    // （七）实施创新主体培育工程。
    Measure {
        id: "chengdu.high-growth-sme-support",
        jurisdiction: Jurisdiction::Chengdu,
        audience: Audience::Enterprise,
        title: Text::new("高成长型中小企业重点支持", "Priority support for selected high-growth SMEs"),
        benefit: Benefit::plain(BenefitKind::ProjectSupport, "每年遴选给予重点支持", "priority support for those selected each year"),
        document: &DOCUMENT,
        clause: "（七）",
        quote: "每年遴选一定数量的具有规模优势、创新潜力和发展后劲的高成长型中小企业给予重点支持，培育具有核心竞争力的科技领军企业，形成“顶天立地”的发展态势。",
        condition: Condition::All(&[HIGH_GROWTH, IN_THE_DEMONSTRATION_ZONE]),
        approval: Some(Text::new("须经年度遴选入围", "Needs to be chosen in the yearly selection")),
        responsible: Some(RESPONSIBLE),
        note: None,
    },
];
