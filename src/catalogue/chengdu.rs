//! 四川省人民政府关于加快推进成都国家自主创新示范区建设的实施意见.
//!
//! Applies to the Chengdu national independent innovation demonstration zone,
//! “一区四园一城一镇” (clause (十一)): the Chengdu High-tech Zone with its
//! four parks (zone id `chengdu`), Chengdu Science City and Jingrong Town
//! ([`crate::engine::zone::CHENGDU_DEMONSTRATION_ZONE`]).
//! Source text: `sources/003_e1c82c5e15ec283a.txt`; the document carries no
//! number or date (its targets are for 2020 and 2025).
//!
//! Not encoded: （十四）“落实好向全国推广的中关村10条先行先试政策”. The
//! sentence names a package of national pilot policies whose beneficiaries
//! and criteria are set by the national instruments, not by this text; a
//! measure built from it could say nothing to a user but the sentence.

use super::national::{NOTE_IP_PLEDGE, NOTE_RESTATED_TAX};
use super::{is, test, HIGH_GROWTH, IN_SICHUAN, OWNS_IP, RESEARCHER};
use crate::engine::condition::{Check, Condition};
use crate::engine::fact::{Audience, Fact};
use crate::engine::measure::{Benefit, BenefitKind, Document, DocumentStatus, Jurisdiction, Measure, Nature};
use crate::engine::text::Text;
use crate::engine::zone::CHENGDU_DEMONSTRATION_ZONE;

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

/// The demonstration zone is “一区四园一城一镇” (clause (十一)): the Chengdu
/// High-tech Zone, Chengdu Science City or Jingrong Town. The province test
/// lets a profile that only says "Chongqing" rule these measures out; the
/// level is not tested, since the science city and the town are parts of the
/// demonstration zone whatever their level.
const IN_THE_DEMONSTRATION_ZONE: Condition = Condition::All(&[
    IN_SICHUAN,
    test(
        Check::OneOf(Fact::Zone, CHENGDU_DEMONSTRATION_ZONE),
        "位于成都国家自主创新示范区（成都高新区及其园区、成都科学城、菁蓉镇）",
        "located in the Chengdu demonstration zone (the Chengdu High-tech Zone and its parks, Chengdu Science City, Jingrong Town)",
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
        benefit: Benefit::plain(BenefitKind::Financing, "示范区大力推进知识产权质押融资（政策方向）", "the demonstration zone is to push IP-pledge financing forward (a policy direction)"),
        document: &DOCUMENT,
        clause: "（四）",
        quote: FUNDING_QUOTE,
        condition: Condition::All(&[OWNS_IP, IN_THE_DEMONSTRATION_ZONE]),
        nature: Nature::Direction,
        responsible: Some(RESPONSIBLE),
        note: Some(NOTE_IP_PLEDGE),
    },
    Measure {
        id: "chengdu.angel-investment-tax",
        jurisdiction: Jurisdiction::Chengdu,
        audience: Audience::Enterprise,
        title: Text::new("天使投资税收优惠", "Tax incentives for angel investment"),
        benefit: Benefit::plain(BenefitKind::TaxRelief, "国家支持天使投资的税收优惠政策（全国适用，按其自身条件）", "the national tax incentives for angel investment (nationwide, on their own conditions)"),
        document: &DOCUMENT,
        clause: "（四）",
        quote: FUNDING_QUOTE,
        condition: Condition::All(&[
            is(Fact::AngelInvestor, "以天使投资方式投资初创科技型企业", "invests as an angel investor in start-up technology enterprises"),
        ]),
        nature: Nature::Restated(Text::new(
            "创业投资企业和天使投资个人税收政策（财税〔2018〕55号，已在全国实施）：以现金直接投资于初创科技型企业满2年的，可按投资额的70%抵扣应纳税所得额；投资方须与被投资企业无关联，被投资企业须符合从业人数、资产或收入、设立年限和研发费用占比等条件。",
            "The tax rules for venture-capital enterprises and angel investors (Cai Shui [2018] 55, in force nationwide): 70% of a cash investment made directly in a start-up technology enterprise and held for 2 years may be offset against taxable income; the investor must be unrelated to the investee, and the investee must meet limits on staff, assets or revenue, age and R&D share.",
        )),
        responsible: Some(RESPONSIBLE),
        note: Some(NOTE_RESTATED_TAX),
    },
    // （六）实施创智高新先导工程。
    Measure {
        id: "chengdu.entrepreneur-support",
        jurisdiction: Jurisdiction::Chengdu,
        audience: Audience::Talent,
        title: Text::new("人才到示范区创业支持", "Support for talent starting a business in the demonstration zone"),
        benefit: Benefit::plain(
            BenefitKind::Entrepreneurship,
            "示范区以设立专项资金、建立众创空间等形式推动各类人才到示范区创业（政策方向）",
            "the zone is to draw entrepreneurs through dedicated funds, maker spaces and similar (a policy direction)",
        ),
        document: &DOCUMENT,
        clause: "（六）",
        quote: "示范区采取设立专项资金、建立众创空间等形式，加强高端人才及团队引进，重点推动年轻创业者、大企业高管及连续创业者、科技人员创业者、留学归国创业者等各类人才到示范区创业。",
        condition: Condition::All(&[
            is(Fact::StartupInZone, "在示范区内创新创业", "is starting a business in the demonstration zone"),
            IN_THE_DEMONSTRATION_ZONE,
        ]),
        nature: Nature::Direction,
        responsible: Some(RESPONSIBLE),
        note: Some(Text::new(
            "本句说明示范区将采用的工作方式（设立专项资金、建立众创空间），没有写明谁可以申请、按什么条件，故仅供参考；专项资金如已设立，按其自身的申报办法执行。",
            "The sentence describes how the zone will work (dedicated funds, maker spaces) and says neither who may apply nor on what terms, so it is for information; a fund, once set up, is applied for under its own rules.",
        )),
    },
    Measure {
        id: "chengdu.researcher-leave-startup",
        jurisdiction: Jurisdiction::Chengdu,
        audience: Audience::Talent,
        title: Text::new("科研人员在职或离岗创业", "Researchers starting a business while keeping or leaving their post"),
        benefit: Benefit::plain(
            BenefitKind::Entrepreneurship,
            "鼓励科研人员在职或离岗创业（政策方向）",
            "researchers are encouraged to start a business while keeping or leaving their post (a policy direction)",
        ),
        document: &DOCUMENT,
        clause: "（六）",
        quote: "建立健全在川高等院校、科研院所与企业的人才双向流动机制，鼓励科研人员在职离岗创业，建立科技人员的利益激励、权益分配机制。",
        condition: Condition::All(&[
            RESEARCHER,
            is(Fact::StartupInZone, "在示范区内创新创业", "is starting a business in the demonstration zone"),
            IN_THE_DEMONSTRATION_ZONE,
        ]),
        nature: Nature::Direction,
        responsible: Some(RESPONSIBLE),
        note: Some(Text::new(
            "“鼓励”说明政策方向；在职或离岗创业须经所在单位同意，按国家关于事业单位专业技术人员创新创业的规定（人社部规〔2017〕4号）和单位的办法执行，故仅供参考。",
            "\u{201c}Encourage\u{201d} states a direction; keeping or leaving a post to start up needs the employer's consent under the national rules for public-institution professionals (Ren She Bu Gui [2017] 4) and the employer's own rules, so it is for information.",
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
        condition: Condition::All(&[
            HIGH_GROWTH,
            is(Fact::SmallOrMediumEnterprise, "是中小企业", "is a small or medium-sized enterprise"),
            IN_THE_DEMONSTRATION_ZONE,
        ]),
        nature: Nature::Discretionary(Text::new(
            "须在年度遴选中入选（看规模优势、创新潜力和发展后劲），支持内容由示范区确定",
            "Needs to be chosen in the yearly selection (on scale, innovation potential and growth prospects); the zone sets the support",
        )),
        responsible: Some(RESPONSIBLE),
        note: Some(Text::new(
            "原文是“高成长型中小企业”，故大型企业不在其列。",
            "The text says high-growth small and medium-sized enterprises, so large enterprises are not covered.",
        )),
    },
];
