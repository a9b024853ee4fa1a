//! Issue 6, "never lose a map", at the file layer: atomic saves that keep permissions and
//! explain failures, changed-on-disk detection, recovery files, and a save that is killed
//! at random moments.

#![expect(
    clippy::unwrap_used,
    reason = "a test that cannot set itself up fails there, with the reason"
)]

use std::fs;
use std::io::{self, BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant, SystemTime};

use journeymap::file::recovery::{self, RecoveryStore};
use journeymap::file::{self, DiskStamp, SaveError, changed_on_disk};
use journeymap::model::{CardId, JourneyMap};
use journeymap::samples::SAMPLES;

/// A fresh, empty folder for one test.
fn scratch(name: &str) -> PathBuf {
    let path =
        std::env::temp_dir().join(format!("journeymap-safety-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&path);
    fs::create_dir_all(&path).unwrap();
    path
}

fn sample(index: usize) -> JourneyMap {
    file::load(SAMPLES[index].json.as_bytes()).unwrap().map
}

/// Everything in a folder but the given file names.
fn others_in(folder: &Path, expected: &[&str]) -> Vec<String> {
    fs::read_dir(folder)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| !expected.contains(&name.as_str()))
        .collect()
}

/// A folder with `map.json` holding the first sample; returns the folder, the path and
/// the old bytes.
fn folder_with_old_map(name: &str) -> (PathBuf, PathBuf, Vec<u8>) {
    let folder = scratch(name);
    let path = folder.join("map.json");
    file::save_path(&sample(0), &path).unwrap();
    let old = fs::read(&path).unwrap();
    (folder, path, old)
}

// --- Atomic save ---------------------------------------------------------------------

#[test]
fn a_write_that_fails_halfway_leaves_the_old_file_and_no_temporary_file() {
    let (folder, path, old) = folder_with_old_map("halfway");
    let new = file::to_json(&sample(1));
    let error = file::write_atomically_with(&path, new.as_bytes(), |out, bytes| {
        out.write_all(&bytes[..bytes.len() / 2])?;
        Err(io::Error::other("the cable was pulled"))
    })
    .unwrap_err();
    assert!(matches!(error, SaveError::Io { .. }), "{error:?}");
    assert_eq!(
        error.to_string(),
        "Could not save “map.json”: the cable was pulled. Try again, or save it somewhere else with Save As…"
    );
    assert_eq!(fs::read(&path).unwrap(), old);
    assert_eq!(others_in(&folder, &["map.json"]), Vec::<String>::new());
    fs::remove_dir_all(&folder).unwrap();
}

#[test]
fn a_full_disk_is_said_plainly_and_loses_nothing() {
    let (folder, path, old) = folder_with_old_map("full");
    let error = file::write_atomically_with(&path, b"{}", |out, bytes| {
        out.write_all(&bytes[..1])?;
        Err(io::Error::from(io::ErrorKind::StorageFull))
    })
    .unwrap_err();
    assert!(matches!(error, SaveError::DiskFull { .. }), "{error:?}");
    assert_eq!(
        error.to_string(),
        "Could not save “map.json”: the disk is full. Free some space and save again, or save it somewhere else with Save As…"
    );
    assert_eq!(fs::read(&path).unwrap(), old);
    assert_eq!(others_in(&folder, &["map.json"]), Vec::<String>::new());
    fs::remove_dir_all(&folder).unwrap();
}

#[test]
fn each_kind_of_failure_has_its_own_sentence() {
    let path = Path::new("/maps/bank.json");
    let sentence = |error: io::Error| SaveError::from_io(path, error).to_string();
    let read_only = "Could not save “bank.json”: the folder is read-only or you may not write there. Save it somewhere else with Save As…";
    assert_eq!(sentence(io::ErrorKind::PermissionDenied.into()), read_only);
    assert_eq!(
        sentence(io::ErrorKind::ReadOnlyFilesystem.into()),
        read_only
    );
    let full = "Could not save “bank.json”: the disk is full. Free some space and save again, or save it somewhere else with Save As…";
    assert_eq!(sentence(io::ErrorKind::StorageFull.into()), full);
    #[cfg(unix)]
    assert_eq!(sentence(io::Error::from_raw_os_error(28)), full);
    assert_eq!(
        sentence(io::ErrorKind::NotFound.into()),
        "Could not save “bank.json”: the folder “/maps” does not exist. Save it somewhere else with Save As…"
    );
}

#[test]
fn saving_into_a_missing_folder_says_so() {
    let folder = scratch("missing");
    let path = folder.join("gone").join("map.json");
    let error = file::save_path(&sample(0), &path).unwrap_err();
    assert!(matches!(error, SaveError::NoFolder { .. }), "{error:?}");
    assert!(error.to_string().contains("does not exist"), "{error}");
    assert_eq!(error.path(), path);
    fs::remove_dir_all(&folder).unwrap();
}

#[test]
fn a_read_only_file_is_not_replaced() {
    let (folder, path, old) = folder_with_old_map("read-only-file");
    let mut permissions = fs::metadata(&path).unwrap().permissions();
    permissions.set_readonly(true);
    fs::set_permissions(&path, permissions).unwrap();
    let error = file::save_path(&sample(1), &path).unwrap_err();
    assert_eq!(
        error.to_string(),
        "Could not save “map.json”: the file is read-only. Save it somewhere else with Save As…"
    );
    assert_eq!(fs::read(&path).unwrap(), old);
    #[expect(clippy::permissions_set_readonly_false)]
    {
        let mut permissions = fs::metadata(&path).unwrap().permissions();
        permissions.set_readonly(false);
        fs::set_permissions(&path, permissions).unwrap();
    }
    fs::remove_dir_all(&folder).unwrap();
}

#[cfg(unix)]
#[test]
fn saving_into_a_read_only_folder_fails_with_the_read_only_sentence() {
    use std::os::unix::fs::PermissionsExt;
    let (folder, path, old) = folder_with_old_map("read-only-folder");
    fs::set_permissions(&folder, fs::Permissions::from_mode(0o555)).unwrap();
    // Root may write anywhere, whatever the mode says: then there is nothing to test.
    let probe = folder.join("probe");
    if fs::File::create(&probe).is_ok() {
        let _ = fs::remove_file(&probe);
        eprintln!("skipped: this user may write into a read-only folder (root?)");
    } else {
        let error = file::save_path(&sample(1), &path).unwrap_err();
        assert_eq!(
            error.to_string(),
            "Could not save “map.json”: the folder is read-only or you may not write there. Save it somewhere else with Save As…"
        );
        assert_eq!(fs::read(&path).unwrap(), old);
    }
    fs::set_permissions(&folder, fs::Permissions::from_mode(0o755)).unwrap();
    fs::remove_dir_all(&folder).unwrap();
}

#[cfg(unix)]
#[test]
fn saving_keeps_the_files_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let (folder, path, _) = folder_with_old_map("mode");
    for mode in [0o640, 0o600, 0o664] {
        fs::set_permissions(&path, fs::Permissions::from_mode(mode)).unwrap();
        file::save_path(&sample(1), &path).unwrap();
        let kept = fs::metadata(&path).unwrap().permissions().mode() & 0o7777;
        assert_eq!(kept, mode, "{kept:o} != {mode:o}");
    }
    fs::remove_dir_all(&folder).unwrap();
}

#[cfg(unix)]
#[test]
fn saving_through_a_link_saves_the_file_it_points_to() {
    let (folder, path, _) = folder_with_old_map("link");
    let link = folder.join("link.json");
    std::os::unix::fs::symlink("map.json", &link).unwrap();
    file::save_path(&sample(1), &link).unwrap();
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(file::load_path(&path).unwrap().map, sample(1));
    fs::remove_dir_all(&folder).unwrap();
}

#[test]
fn many_saves_at_once_in_one_process_do_not_collide() {
    let folder = scratch("threads");
    let maps: Vec<JourneyMap> = (0..4).map(sample).collect();
    std::thread::scope(|scope| {
        for map in &maps {
            let path = folder.join("map.json");
            scope.spawn(move || {
                for _ in 0..20 {
                    file::save_path(map, &path).unwrap();
                }
            });
        }
    });
    let saved = file::load_path(&folder.join("map.json")).unwrap().map;
    assert!(maps.contains(&saved));
    assert_eq!(others_in(&folder, &["map.json"]), Vec::<String>::new());
    fs::remove_dir_all(&folder).unwrap();
}

// --- Changed on disk -----------------------------------------------------------------

#[test]
fn changed_on_disk_sees_other_writers_but_not_a_touch() {
    let folder = scratch("stamp");
    let path = folder.join("map.json");
    let stamp = file::save_path_stamped(&sample(0), &path).unwrap().stamp;
    assert!(!changed_on_disk(&path, &stamp), "unchanged");
    assert_eq!(DiskStamp::read(&path).unwrap(), Some(stamp));
    let (_, loaded_stamp) = file::load_path_stamped(&path).unwrap();
    assert_eq!(loaded_stamp, stamp);
    let bytes = fs::read(&path).unwrap();
    assert_eq!(DiskStamp::of_bytes_at(&path, &bytes).unwrap(), stamp);

    // Touched: the same bytes, written again, with a clearly later time.
    let later = SystemTime::now() + Duration::from_secs(10);
    let touch = |path: &Path, bytes: &[u8]| {
        fs::write(path, bytes).unwrap();
        fs::File::options()
            .write(true)
            .open(path)
            .unwrap()
            .set_modified(later)
            .unwrap();
    };
    touch(&path, &bytes);
    assert_ne!(
        DiskStamp::read(&path).unwrap().unwrap().modified,
        stamp.modified
    );
    assert!(!changed_on_disk(&path, &stamp), "touched");

    // Rewritten with other bytes of the same length, and with other bytes altogether.
    let mut same_length = bytes.clone();
    let last_letter = same_length
        .iter()
        .rposition(|byte| byte.is_ascii_lowercase())
        .unwrap();
    same_length[last_letter] = if same_length[last_letter] == b'a' {
        b'b'
    } else {
        b'a'
    };
    touch(&path, &same_length);
    assert!(changed_on_disk(&path, &stamp), "same length, other bytes");
    file::save_path(&sample(1), &path).unwrap();
    assert!(changed_on_disk(&path, &stamp), "rewritten");

    fs::remove_file(&path).unwrap();
    assert!(changed_on_disk(&path, &stamp), "deleted");
    assert_eq!(DiskStamp::read(&path).unwrap(), None);
    fs::remove_dir_all(&folder).unwrap();
}

// --- Recovery files ------------------------------------------------------------------

#[test]
fn recovery_files_are_written_listed_and_removed() {
    let folder = scratch("recovery");
    let store = RecoveryStore::new(folder.join("store"));
    assert_eq!(
        store.list(),
        Vec::new(),
        "a store that does not exist yet is empty"
    );
    let before = SystemTime::now() - Duration::from_secs(1);
    let origin = folder.join("bank.json");
    let first = recovery::new_session_id();
    let second = recovery::new_session_id();
    let first_path = store
        .write(&first, &sample(0), Some(&origin), None)
        .unwrap();
    store.write(&second, &sample(1), None, None).unwrap();
    // Writing a session again replaces its copy.
    assert_eq!(
        store
            .write(&first, &sample(0), Some(&origin), None)
            .unwrap(),
        first_path
    );
    let after = SystemTime::now() + Duration::from_secs(1);

    let listed = store.list();
    assert_eq!(listed.len(), 2);
    let bank = listed.iter().find(|r| r.path == first_path).unwrap();
    assert_eq!(bank.map, sample(0));
    assert_eq!(bank.title, sample(0).title);
    assert_eq!(bank.origin.as_deref(), Some(origin.as_path()));
    assert!(before <= bank.saved_at && bank.saved_at <= after);
    let other = listed.iter().find(|r| r.path != first_path).unwrap();
    assert_eq!(other.map, sample(1));
    assert_eq!(other.origin, None);
    assert!(listed[0].saved_at >= listed[1].saved_at, "newest first");

    // The map part is an ordinary journeymap file.
    let text = fs::read_to_string(&first_path).unwrap();
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["format"], "journeymap-recovery");
    let map_part = serde_json::to_vec(&value["map"]).unwrap();
    assert_eq!(file::load(&map_part).unwrap().map, sample(0));

    store.remove(&first).unwrap();
    store.remove(&first).unwrap();
    assert_eq!(store.list().len(), 1);
    store.discard(&store.list()[0].path).unwrap();
    assert_eq!(store.list(), Vec::new());
    assert_eq!(others_in(store.dir(), &[]), Vec::<String>::new());
    fs::remove_dir_all(&folder).unwrap();
}

#[test]
fn broken_and_foreign_files_in_the_store_are_skipped() {
    let folder = scratch("recovery-corrupt");
    let store = RecoveryStore::new(&folder);
    let good = store.write("good", &sample(2), None, None).unwrap();
    fs::write(
        folder.join("recovery-broken.json"),
        "{\"format\": \"journeymap-rec",
    )
    .unwrap();
    fs::write(folder.join("recovery-binary.json"), [0xff, 0x00, 0x89]).unwrap();
    fs::write(folder.join("recovery-empty.json"), "").unwrap();
    let not_a_map = r#"{"format":"journeymap-recovery","version":1,"saved_at_unix_ms":0,"map":{"format":"journeymap","version":1}}"#;
    fs::write(folder.join("recovery-bad-map.json"), not_a_map).unwrap();
    let newer = r#"{"format":"journeymap-recovery","version":99,"saved_at_unix_ms":0,"map":{}}"#;
    fs::write(folder.join("recovery-newer.json"), newer).unwrap();
    fs::create_dir(folder.join("recovery-folder.json")).unwrap();
    // A real map, but not named as a recovery file: not ours to offer.
    file::save_path(&sample(3), &folder.join("notes.json")).unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(&good, folder.join("recovery-link.json")).unwrap();

    let listed = store.list();
    assert_eq!(
        listed.len(),
        1,
        "{:?}",
        listed.iter().map(|r| &r.path).collect::<Vec<_>>()
    );
    assert_eq!(listed[0].path, good);
    assert_eq!(listed[0].map, sample(2));
    fs::remove_dir_all(&folder).unwrap();
}

#[test]
fn session_ids_and_paths_cannot_leave_the_store() {
    let folder = scratch("recovery-escape");
    let store = RecoveryStore::new(folder.join("store"));
    let outside = folder.join("x");
    fs::write(&outside, "precious").unwrap();
    for id in [
        "../x",
        "..",
        "../../x",
        "/x",
        "a/../../x",
        "",
        "x\0y",
        "C:\\x",
    ] {
        let written = store.write(id, &sample(0), None, None).unwrap();
        assert_eq!(
            written.parent(),
            Some(store.dir()),
            "{id:?} -> {}",
            written.display()
        );
        store.remove(id).unwrap();
        assert!(!written.exists());
    }
    assert_eq!(fs::read_to_string(&outside).unwrap(), "precious");
    for path in [
        outside.clone(),
        store.dir().join("../x"),
        store.dir().join("x"),
    ] {
        let refused = store.discard(&path).unwrap_err();
        assert_eq!(
            refused.kind(),
            io::ErrorKind::InvalidInput,
            "{}",
            path.display()
        );
    }
    assert_eq!(fs::read_to_string(&outside).unwrap(), "precious");
    assert_eq!(others_in(&folder, &["x", "store"]), Vec::<String>::new());
    fs::remove_dir_all(&folder).unwrap();
}

#[cfg(unix)]
#[test]
fn the_store_folder_is_private() {
    use std::os::unix::fs::PermissionsExt;
    let folder = scratch("recovery-private");
    let store = RecoveryStore::new(folder.join("a").join("store"));
    store.write("one", &sample(0), None, None).unwrap();
    let mode = fs::metadata(store.dir()).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o700);
    fs::remove_dir_all(&folder).unwrap();
}

/// Run by `the_recovery_folder_can_be_chosen_with_an_environment_variable` in a process of
/// its own, since changing the environment of this one would race the other tests.
#[test]
fn default_dir_child() {
    if std::env::var_os("JOURNEYMAP_TEST_CHILD").as_deref() != Some("default-dir".as_ref()) {
        return;
    }
    let dir = RecoveryStore::default_dir().unwrap();
    // On a line of its own: the test runner has started one with the test's name.
    println!("\ndefault-dir={}", dir.display());
}

fn default_dir_with(variable: Option<&str>) -> String {
    let mut command = Command::new(std::env::current_exe().unwrap());
    command
        .args([
            "default_dir_child",
            "--exact",
            "--nocapture",
            "--test-threads=1",
        ])
        .env("JOURNEYMAP_TEST_CHILD", "default-dir");
    match variable {
        Some(value) => command.env(recovery::RECOVERY_DIR_VARIABLE, value),
        None => command.env_remove(recovery::RECOVERY_DIR_VARIABLE),
    };
    let output = command.output().unwrap();
    assert!(output.status.success());
    let stdout = String::from_utf8(output.stdout).unwrap();
    stdout
        .lines()
        .find_map(|line| line.strip_prefix("default-dir="))
        .unwrap()
        .to_owned()
}

#[test]
fn the_recovery_folder_can_be_chosen_with_an_environment_variable() {
    assert_eq!(
        default_dir_with(Some("/tmp/jm-recovery")),
        "/tmp/jm-recovery"
    );
    let default = PathBuf::from(default_dir_with(None));
    assert!(default.ends_with("recovery"), "{}", default.display());
    assert!(
        default.to_string_lossy().contains("journeymap"),
        "{}",
        default.display()
    );
}

// --- Killed in the middle of saving --------------------------------------------------

const SAVE_LOOP_READY: &str = "journeymap-save-loop-ready";

/// The child of the kill test: saves two maps over one file, turn about, until killed.
/// Run on its own (without the variables) it does nothing.
#[test]
fn save_loop_child() {
    let Some(target) = std::env::var_os("JOURNEYMAP_SAVE_LOOP_TARGET") else {
        return;
    };
    let read = |variable: &str| fs::read(std::env::var_os(variable).unwrap()).unwrap();
    let maps = [
        read("JOURNEYMAP_SAVE_LOOP_B"),
        read("JOURNEYMAP_SAVE_LOOP_A"),
    ];
    let mut stdout = io::stdout();
    // On a line of its own: the test runner has started one with the test's name.
    writeln!(stdout, "\n{SAVE_LOOP_READY}").unwrap();
    stdout.flush().unwrap();
    let deadline = Instant::now() + Duration::from_secs(30);
    while Instant::now() < deadline {
        for bytes in &maps {
            file::write_atomically(Path::new(&target), bytes).unwrap();
        }
    }
}

/// A map of about 2 MB: a sample with its cards copied until it is that large.
fn large_map(title: &str) -> JourneyMap {
    let mut map = sample(0);
    map.title = title.to_owned();
    let cards = map.cards.clone();
    let add_copy = |map: &mut JourneyMap, copy: usize| {
        for card in &cards {
            let mut card = card.clone();
            card.id = CardId::new(format!("{}-copy-{copy}", card.id));
            map.cards.push(card);
        }
    };
    let base = file::to_json(&map).len();
    add_copy(&mut map, 0);
    let per_copy = file::to_json(&map).len() - base;
    for copy in 1..(2_000_000 - base).div_ceil(per_copy) {
        add_copy(&mut map, copy);
    }
    map
}

/// A small random number generator, so the test needs no crate; the seed is printed.
struct XorShift(u64);

impl XorShift {
    fn below(&mut self, bound: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % bound
    }
}

#[test]
fn killing_a_save_at_any_moment_leaves_the_old_or_the_new_map() {
    let folder = scratch("kill");
    let (old_map, new_map) = (large_map("Old"), large_map("New"));
    let (old, new) = (file::to_json(&old_map), file::to_json(&new_map));
    let (old_path, new_path) = (folder.join("old.source"), folder.join("new.source"));
    fs::write(&old_path, &old).unwrap();
    fs::write(&new_path, &new).unwrap();
    let target = folder.join("map.json");
    file::write_atomically(&target, old.as_bytes()).unwrap();

    let seed = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64
        | 1;
    eprintln!("kill test seed: {seed}");
    let mut random = XorShift(seed);
    let started = Instant::now();
    let (mut saw_old, mut saw_new, mut cut_short) = (0, 0, 0);
    for round in 0..100 {
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args([
                "save_loop_child",
                "--exact",
                "--nocapture",
                "--test-threads=1",
            ])
            .env("JOURNEYMAP_SAVE_LOOP_TARGET", &target)
            .env("JOURNEYMAP_SAVE_LOOP_A", &old_path)
            .env("JOURNEYMAP_SAVE_LOOP_B", &new_path)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // Wait until the child is saving, so every kill lands among the writes; a window
        // of several saves lets both maps be seen even where a save takes 30 ms or more.
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        assert!(
            lines.any(|line| line.unwrap() == SAVE_LOOP_READY),
            "the child never started saving"
        );
        std::thread::sleep(Duration::from_millis(random.below(121)));
        child.kill().unwrap();
        child.wait().unwrap();

        let bytes = fs::read(&target).unwrap();
        if bytes == old.as_bytes() {
            saw_old += 1;
        } else if bytes == new.as_bytes() {
            saw_new += 1;
        } else {
            panic!(
                "round {round} (seed {seed}): the file is neither map, {} bytes",
                bytes.len()
            );
        }
        // Equal bytes are the same map; loading now and then shows the loader agrees.
        if round % 20 == 0 {
            let loaded = file::load_path(&target).unwrap().map;
            assert!(loaded == old_map || loaded == new_map, "round {round}");
        }
        // A killed save may leave its temporary file; nothing else may appear.
        for name in others_in(&folder, &["map.json", "old.source", "new.source"]) {
            assert!(
                name.starts_with(".map.json.") && name.ends_with(".tmp"),
                "unexpected file {name}"
            );
            fs::remove_file(folder.join(name)).unwrap();
            cut_short += 1;
        }
    }
    eprintln!(
        "kill test: {saw_old} old, {saw_new} new, {cut_short} killed mid-save, in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    assert!(saw_new > 0 && saw_old > 0, "the saves never got anywhere");
    assert_eq!(
        file::load_path(&target).unwrap().map.cards.len(),
        old_map.cards.len()
    );
    fs::remove_dir_all(&folder).unwrap();
}
