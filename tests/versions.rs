//! The versions a release states: the catalogue's edition is one constant,
//! its version is its date, the newest CHANGELOG entry names it, and the
//! command line's `--version` says what the JavaScript API's `about()` says.

use hitech_eligibility::catalogue::EDITION;
use std::process::Command;

#[test]
fn the_catalogue_version_is_its_date_and_a_real_one() {
    assert_eq!(EDITION.version.replace('.', "-"), EDITION.date, "the version is the date with dots");
    let date = hitech_eligibility::CivilDate::parse(EDITION.date);
    assert!(date.is_ok(), "{} is a date", EDITION.date);
}

#[test]
fn the_newest_changelog_entry_names_the_catalogue_version() {
    let changelog = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/CHANGELOG.md")).unwrap();
    let newest: String = changelog.split("\n## ").nth(1).expect("CHANGELOG.md has a release entry").to_owned();
    let heading = newest.lines().next().unwrap_or_default();
    assert!(heading.starts_with(hitech_eligibility::VERSION), "the newest entry is this version: {heading}");
    assert!(
        newest.contains(&format!("catalogue {}", EDITION.version)),
        "the newest entry ({heading}) names catalogue {}",
        EDITION.version
    );
}

#[test]
fn version_says_package_contract_and_catalogue() {
    let output = Command::new(env!("CARGO_BIN_EXE_hitech-eligibility")).arg("--version").output().unwrap();
    assert!(output.status.success());
    let about = hitech_eligibility::about();
    assert_eq!(
        String::from_utf8(output.stdout).unwrap(),
        format!(
            "hitech-eligibility {}\ncontract {}\ncatalogue {} (measures as of {})\n",
            about.package, about.contract, about.catalogue.version, about.catalogue.date
        )
    );
    assert_eq!(about.contract, 3);
}
