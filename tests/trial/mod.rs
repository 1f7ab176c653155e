//! A small registry like the one of the 2026-12-06 trial (a 管委会's own
//! export), for tests/batch.rs and tests/cli.rs.

/// A unified social credit code with its check character (GB 32100-2015)
/// after `first17`; `valid: false` gives a wrong one.
fn credit_code(first17: &str, valid: bool) -> String {
    const CHARS: &[u8] = b"0123456789ABCDEFGHJKLMNPQRTUWXY";
    let sum: usize = first17
        .bytes()
        .enumerate()
        .map(|(i, b)| CHARS.iter().position(|c| *c == b).unwrap() * 3usize.pow(u32::try_from(i).unwrap()) % 31)
        .sum();
    let check = (31 - sum % 31) % 31;
    let check = if valid { check } else { (check + 1) % 31 };
    format!("{first17}{}", char::from(CHARS[check]))
}

pub const TRIAL_AS_OF: &str = "2026-12-06";

/// A registry as a 管委会 exports it: a title row, the zone's park names
/// in the location column, a certificate-expiry column, 上市情况, 已入库 and
/// 申报中, a repeated firm, a bad check digit and a bad date.
pub fn trial_registry() -> String {
    let code = |n: u32, valid: bool| credit_code(&format!("9150010762194{n:04}"), valid);
    let rows = [
        format!(
            "1,甲科技有限公司,{},西永微电子产业园,中型,是,2028-05-01,8000,600,是,已入库,科创板,张三,13800000001",
            code(1, true)
        ),
        format!(
            "2,乙科技有限公司,{},西部（重庆）科学城,小型,是,2024-03-12,5000,400,是,是,创业板,李四,13800000002",
            code(2, true)
        ),
        format!("3,丙科技有限公司,{},大学城科技园,小型,否,,300,50,否,申报中,未上市,王五,13800000003", code(3, true)),
        format!(
            "4,丁科技有限公司,{},重庆高新区,中型,√,2026年12月6日,9000,700,是,是,未上市,赵六,13800000004",
            code(4, true)
        ),
        format!(
            "5,甲科技有限公司,{},西永微电子产业园,中型,是,2028-05-01,8000,600,是,已入库,科创板,张三,13800000001",
            code(1, true)
        ),
        format!("6,己科技有限公司,{},西永微电子产业园,小型,是,,1200,90,否,否,新三板,孙七,13800000006", code(6, false)),
        format!(
            "7,庚科技有限公司,{},大学城科技园,小型,是,2026-13-01,1500,100,否,否,未上市,周八,13800000007",
            code(7, true)
        ),
        format!("8,辛科技有限公司,{},,小型,否,,100,10,否,否,主板,吴九,13800000008", code(8, true)),
    ];
    let header = "序号,企业名称,统一社会信用代码,所属园区,企业规模,是否高新技术企业,高企证书有效期至,上年度营业收入（万元）,研发费用（万元）,是否规上企业,是否科技型中小企业,上市情况,联系人,联系电话";
    let mut text = "重庆高新区企业名录（2026年12月）,,,,,,,,,,,,,\r\n,,,,,,,,,,,,,\r\n".to_owned();
    text.push_str(header);
    text.push_str("\r\n");
    for row in rows {
        text.push_str(&row);
        text.push_str("\r\n");
    }
    text
}
