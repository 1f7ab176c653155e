//! What a support measure is: who it is for, what it gives, where it is
//! written, and the condition tree that decides who qualifies.

use crate::engine::condition::{Check, Condition};
use crate::engine::fact::{Audience, Fact};
use crate::engine::text::Text;
use crate::engine::verdict::Status;
use serde::ser::{SerializeMap, SerializeStruct};
use serde::{Serialize, Serializer};

/// Whose document a measure comes from; the first part of its id.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Jurisdiction {
    National,
    Sichuan,
    Chengdu,
    Chongqing,
    Guizhou,
}

impl Jurisdiction {
    pub const fn as_str(self) -> &'static str {
        match self {
            Jurisdiction::National => "national",
            Jurisdiction::Sichuan => "sichuan",
            Jurisdiction::Chengdu => "chengdu",
            Jurisdiction::Chongqing => "chongqing",
            Jurisdiction::Guizhou => "guizhou",
        }
    }
}

/// Whether a document is in force or only a draft for comments.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum DocumentStatus {
    InForce,
    Draft,
}

/// A source document, as its text identifies itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Document {
    /// Whose document it is: the first part of every one of its measures' ids.
    pub jurisdiction: Jurisdiction,
    /// The vendored text under `sources/`.
    pub file: &'static str,
    pub title: Text,
    pub issuer: Text,
    /// 文号, e.g. 国发〔2020〕7号; `None` when the document has none.
    pub number: Option<&'static str>,
    /// The date the text says it was issued or signed (`YYYY-MM-DD`);
    /// `None` (JSON `null`) when the text gives none — never a guess.
    pub issued: Option<&'static str>,
    /// The date the text says it was printed or published, likewise.
    pub published: Option<&'static str>,
    /// The year the text sets its targets for (到2025年…), if it states one:
    /// a reader in a later year sees that the plan's horizon has passed.
    pub target_year: Option<u16>,
    /// A longer horizon the text also states (到2035年…), if any.
    pub vision_year: Option<u16>,
    pub status: DocumentStatus,
    /// Where the text came from and what is odd about it.
    pub note: Text,
}

/// The kind of benefit, for grouping and icons.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum BenefitKind {
    Loan,
    Award,
    Subsidy,
    TaxRelief,
    Procurement,
    Financing,
    Insurance,
    Voucher,
    ListingSupport,
    ProjectSupport,
    StaffReward,
    Entrepreneurship,
    WorkPermit,
    Visa,
    Residence,
    PermanentResidence,
    /// Housing for talent (人才用房).
    Housing,
}

impl BenefitKind {
    /// What a person looking for this kind of benefit would call it.
    pub const fn topic(self) -> Topic {
        match self {
            BenefitKind::Loan
            | BenefitKind::Award
            | BenefitKind::Subsidy
            | BenefitKind::Procurement
            | BenefitKind::Financing
            | BenefitKind::Insurance
            | BenefitKind::Voucher
            | BenefitKind::ListingSupport
            | BenefitKind::ProjectSupport
            | BenefitKind::Entrepreneurship => Topic::Funding,
            BenefitKind::TaxRelief => Topic::Tax,
            BenefitKind::WorkPermit
            | BenefitKind::Visa
            | BenefitKind::Residence
            | BenefitKind::PermanentResidence
            | BenefitKind::Housing => Topic::Talent,
            BenefitKind::StaffReward => Topic::StaffReward,
        }
    }
}

/// What a person says they are looking for: loans and awards, tax, permits
/// and visas, staff rewards. Every benefit kind is in exactly one topic, so
/// that choosing one hides only what its user did not ask about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Topic {
    /// Loans, awards, subsidies, financing, listing and project support.
    Funding,
    Tax,
    /// Work permits, visas, residence and permanent residence.
    Talent,
    /// Rewards to the staff who transfer scientific results.
    StaffReward,
}

impl Topic {
    pub const ALL: [Topic; 4] = [Topic::Funding, Topic::Tax, Topic::Talent, Topic::StaffReward];
}

/// What a measure gives, in words and in the figures the text fixes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Benefit {
    pub kind: BenefitKind,
    pub text: Text,
    /// 最高 / 不超过 … 元: the cap in yuan.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_yuan: Option<u64>,
    /// 不低于 …%: the share of `share_of` the text encourages (not a sum owed).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_share_percent: Option<u64>,
    /// The amount fact the share is taken of.
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "fact_name")]
    pub share_of: Option<Fact>,
    /// …年以内: the longest term in years.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_years: Option<u64>,
    /// 放宽至 … 岁: the relaxed age limit.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub age_limit: Option<u16>,
    /// The limit that holds without the relaxation (work-permit class B:
    /// 一般不超过60周岁, as the measure's note says): a person at or under it
    /// gains nothing from `age_limit`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub usual_age_limit: Option<u16>,
}

impl Benefit {
    /// A benefit described in words only.
    pub const fn plain(kind: BenefitKind, zh: &'static str, en: &'static str) -> Benefit {
        Benefit {
            kind,
            text: Text::words(zh, en),
            max_yuan: None,
            min_share_percent: None,
            share_of: None,
            max_years: None,
            age_limit: None,
            usual_age_limit: None,
        }
    }

    pub const fn up_to_yuan(self, yuan: u64) -> Benefit {
        Benefit { max_yuan: Some(yuan), ..self }
    }

    pub const fn at_least_share(self, percent: u64, of: Fact) -> Benefit {
        Benefit { min_share_percent: Some(percent), share_of: Some(of), ..self }
    }

    pub const fn up_to_years(self, years: u64) -> Benefit {
        Benefit { max_years: Some(years), ..self }
    }

    pub const fn age_limit(self, age: u16) -> Benefit {
        Benefit { age_limit: Some(age), ..self }
    }

    /// The age limit relaxed from `usual` to `age`.
    pub const fn age_limit_from(self, usual: u16, age: u16) -> Benefit {
        Benefit { age_limit: Some(age), usual_age_limit: Some(usual), ..self }
    }
}

fn fact_name<S: Serializer>(fact: &Option<Fact>, serializer: S) -> Result<S::Ok, S::Error> {
    match fact {
        Some(fact) => serializer.serialize_str(fact.name()),
        None => serializer.serialize_none(),
    }
}

/// What a measure's sentence does, read from its addressee and its legal
/// effect rather than its verb (SPEC §2). The nature alone decides the
/// status of a measure whose conditions all hold ([`Nature::when_met`]): a
/// direction cannot come out `eligible`, because no code path gives it that.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Nature {
    /// Grants a benefit, a service or a freedom to whoever meets criteria the
    /// sentence states (including a freedom of the beneficiary itself).
    Entitlement,
    /// Grants it subject to someone's decision: who decides, and what is
    /// still needed (an approval, a selection, a lender's credit decision, a
    /// scheme the zone must first set up…).
    Discretionary(Text),
    /// States what the authorities intend; no individual claim.
    Direction,
    /// Restates a nationwide law or policy that applies wherever one is: the
    /// national rule whose own conditions decide. Its condition never tests
    /// location (a catalogue test holds every restated measure to this).
    Restated(Text),
}

impl Nature {
    /// The status of a measure of this nature when every condition holds.
    pub const fn when_met(self) -> Status {
        match self {
            Nature::Entitlement => Status::Eligible,
            Nature::Discretionary(_) => Status::Conditional,
            Nature::Direction | Nature::Restated(_) => Status::Informational,
        }
    }

    /// The statuses a measure of this nature can have: its met status,
    /// `ineligible` and `unknown`.
    pub fn allows(self, status: Status) -> bool {
        status == self.when_met() || matches!(status, Status::Ineligible | Status::Unknown)
    }

    /// The nature's name in JSON.
    pub const fn name(self) -> &'static str {
        match self {
            Nature::Entitlement => "entitlement",
            Nature::Discretionary(_) => "discretionary",
            Nature::Direction => "direction",
            Nature::Restated(_) => "restated",
        }
    }
}

/// Written into a measure as `"nature"`, with `"approval"` (who decides and
/// what is still needed) for a discretionary measure and `"nationalRule"`
/// for a restated one.
impl Serialize for Nature {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("nature", self.name())?;
        match self {
            Nature::Discretionary(approval) => map.serialize_entry("approval", approval)?,
            Nature::Restated(rule) => map.serialize_entry("nationalRule", rule)?,
            Nature::Entitlement | Nature::Direction => {}
        }
        map.end()
    }
}

/// One support measure with a concrete beneficiary.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Measure {
    /// `<jurisdiction>.<slug>`, the jurisdiction being its document's.
    pub id: &'static str,
    /// Every party the sentence addresses or benefits (SPEC §1a), in the
    /// order of [`Audience::ALL`].
    pub audiences: &'static [Audience],
    pub title: Text,
    pub benefit: Benefit,
    pub document: &'static Document,
    /// The clause number as the document writes it, e.g. （九）.
    pub clause: &'static str,
    /// The sentence the measure encodes, verbatim from the document.
    pub quote: &'static str,
    /// Who qualifies.
    pub condition: Condition,
    /// What the sentence does: it decides the status when the condition holds.
    #[serde(flatten)]
    pub nature: Nature,
    /// The departments the document makes responsible for the clause
    /// (责任单位 / 牵头), as the text lists them. Written as `null` when
    /// none in a build without the `details` feature, so that the glue puts
    /// the list back in its place (scripts/engine-data.mjs leaves a list of
    /// several departments to details.json).
    #[cfg_attr(feature = "details", serde(skip_serializing_if = "Option::is_none"))]
    pub responsible: Option<Text>,
    /// Where a programme the sentence tells the zones to apply reaches
    /// beyond them (a city's or province's programme, SPEC §2): whom the
    /// programme itself is open to, shown on the card.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reach: Option<Text>,
    /// Why the measure has its nature and conditions, and what the engine
    /// simplifies or reads into the text. Written as `null` when none in a
    /// build without the `details` feature, as `responsible`.
    #[cfg_attr(feature = "details", serde(skip_serializing_if = "Option::is_none"))]
    pub note: Option<Text>,
}

impl Measure {
    /// Whose document the measure comes from (the first part of its id).
    pub const fn jurisdiction(&self) -> Jurisdiction {
        self.document.jurisdiction
    }

    /// Whether the measure comes from a draft for comments.
    pub fn draft(&self) -> bool {
        self.document.status == DocumentStatus::Draft
    }

    /// What is at stake for the user in this measure, as one number to order
    /// questions by (higher first): first what a met condition gives — a
    /// claim (entitlement), a claim someone still decides (discretionary),
    /// or nothing to claim (direction, restated national law) — then the
    /// capped amount in yuan, if any. A question that can settle a 10-million
    /// award comes before one that can only settle policy directions,
    /// however many of those there are.
    pub fn stake(&self) -> u64 {
        let claim: u64 = match self.nature {
            Nature::Entitlement => 2,
            Nature::Discretionary(_) => 1,
            Nature::Direction | Nature::Restated(_) => 0,
        };
        // Amounts stay below 2^40 yuan (about 1.1 × 10^12; the largest cap
        // is 10^7): the claim is the high part.
        claim << 40 | self.benefit.max_yuan.unwrap_or(0).min((1 << 40) - 1)
    }
}

impl Serialize for Condition {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        ConditionView { condition: self, first: 0 }.serialize(serializer)
    }
}

/// A condition written with each test's place in the result's `reasons`
/// (`index`): the tests of the tree before it, in the order reasons list
/// them, so that a reader pairs reasons with tests by the core's word.
struct ConditionView<'a> {
    condition: &'a Condition,
    /// The index of the first test in this subtree.
    first: usize,
}

impl Serialize for ConditionView<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(1))?;
        match self.condition {
            Condition::All(children) | Condition::Any(children) => {
                let mut first = self.first;
                let views: Vec<ConditionView> = children
                    .iter()
                    .map(|child| {
                        let view = ConditionView { condition: child, first };
                        first += child.test_count();
                        view
                    })
                    .collect();
                let key = if matches!(self.condition, Condition::All(_)) { "all" } else { "any" };
                map.serialize_entry(key, &views)?;
            }
            Condition::Not(child) => {
                map.serialize_entry("not", &ConditionView { condition: child, first: self.first })?
            }
            Condition::Test(test) => map.serialize_entry("test", &TestView(self.first, test.check, test.text))?,
        }
        map.end()
    }
}

struct TestView(usize, Check, Text);

impl Serialize for TestView {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let facts: Vec<&str> = self.1.facts().map(Fact::name).collect();
        let mut out = serializer.serialize_struct("Test", 3)?;
        out.serialize_field("index", &self.0)?;
        out.serialize_field("facts", &facts)?;
        out.serialize_field("text", &self.2)?;
        out.end()
    }
}
