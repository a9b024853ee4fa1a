//! Issue 11 at the file layer and the command line: nothing a path, a planted file or a
//! crash can do loses or replaces what it should not. Every hostile input is made here.

#![expect(
    clippy::unwrap_used,
    reason = "a test that cannot set itself up fails there, with the reason"
)]

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::mpsc;
use std::time::Duration;

use journeymap::file::{self, LoadError, RecoveryStore, SaveError};
use journeymap::model::JourneyMap;
use journeymap::samples::SAMPLES;

/// A fresh, empty folder for one test, removed when the test ends.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let path =
            std::env::temp_dir().join(format!("journeymap-hostile-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&path);
        fs::create_dir_all(&path).unwrap();
        Scratch(path)
    }

    fn join(&self, name: &str) -> PathBuf {
        self.0.join(name)
    }

    /// Every name in the folder, sorted.
    fn names(&self) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(&self.0)
            .unwrap()
            .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

fn sample(index: usize) -> JourneyMap {
    file::load(SAMPLES[index].json.as_bytes()).unwrap().map
}

fn journeymap(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_journeymap"))
        .args(args)
        .output()
        .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Runs `work` on a thread and fails the test if it has not finished in 20 s, instead of
/// hanging the whole test run on a file that blocks.
fn within_20_s<T: Send + 'static>(what: &str, work: impl FnOnce() -> T + Send + 'static) -> T {
    let (send, receive) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = send.send(work());
    });
    receive
        .recv_timeout(Duration::from_secs(20))
        .unwrap_or_else(|_| panic!("{what} did not finish: it blocked"))
}

/// What a non-file target is, and how to make it.
#[cfg(unix)]
fn make_fifo(path: &Path) {
    use std::os::unix::ffi::OsStrExt;
    let name = std::ffi::CString::new(path.as_os_str().as_bytes()).unwrap();
    // SAFETY: a valid, NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(name.as_ptr(), 0o644) }, 0);
}

/// Hostile targets of a write: each is made in `scratch` under the name returned, and
/// must still be what it was after the write is refused.
#[cfg(unix)]
fn hostile_targets(scratch: &Scratch) -> Vec<(&'static str, PathBuf)> {
    use std::os::unix::fs::symlink;
    let fifo = scratch.join("fifo.json");
    make_fifo(&fifo);
    let folder = scratch.join("folder.json");
    fs::create_dir(&folder).unwrap();
    let socket = scratch.join("socket.json");
    let listener = std::os::unix::net::UnixListener::bind(&socket).unwrap();
    std::mem::forget(listener);
    let to_fifo = scratch.join("link-to-fifo.json");
    symlink(&fifo, &to_fifo).unwrap();
    let to_link = scratch.join("link-to-link-to-folder.json");
    let middle = scratch.join("middle-link");
    symlink(&folder, &middle).unwrap();
    symlink(&middle, &to_link).unwrap();
    let to_device = scratch.join("link-to-device.json");
    symlink("/dev/null", &to_device).unwrap();
    let round = scratch.join("round.json");
    symlink(scratch.join("and-round.json"), &round).unwrap();
    symlink(&round, scratch.join("and-round.json")).unwrap();
    let dangling = scratch.join("dangling.json");
    symlink(scratch.join("nowhere/planted.json"), &dangling).unwrap();
    vec![
        ("a named pipe", fifo),
        ("a folder", folder),
        ("a socket", socket),
        ("a link to a named pipe", to_fifo),
        ("a link to a link to a folder", to_link),
        ("a link to a device", to_device),
        ("a link to nothing", dangling),
        ("a loop of links", round),
        ("a device", PathBuf::from("/dev/null")),
    ]
}

/// The kind of thing at a path, without following a link at the end.
#[cfg(unix)]
fn kind(path: &Path) -> String {
    use std::os::unix::fs::FileTypeExt;
    let Ok(meta) = fs::symlink_metadata(path) else {
        return "nothing".into();
    };
    let kind = meta.file_type();
    let name = if kind.is_symlink() {
        "link"
    } else if kind.is_dir() {
        "folder"
    } else if kind.is_fifo() {
        "fifo"
    } else if kind.is_socket() {
        "socket"
    } else if kind.is_char_device() {
        "device"
    } else {
        "file"
    };
    name.into()
}

#[cfg(unix)]
#[test]
fn only_ordinary_files_are_ever_replaced() {
    let scratch = Scratch::new("targets");
    let targets = hostile_targets(&scratch);
    for (what, target) in &targets {
        let before = kind(target);
        let target_for_thread = target.clone();
        let result = within_20_s(what, move || {
            file::save_path(&sample(0), &target_for_thread)
        });
        match result {
            Err(SaveError::NotAFile { .. } | SaveError::DanglingLink { .. }) => {}
            other => panic!("saving onto {what}: {other:?}"),
        }
        let sentence = result.unwrap_err().to_string();
        assert!(sentence.starts_with("Could not save"), "{what}: {sentence}");
        assert_eq!(kind(target), before, "{what} was changed");
    }
    assert!(
        !scratch.join("nowhere").exists(),
        "nothing created through a link"
    );
    assert!(
        !scratch.names().iter().any(|name| name.ends_with(".tmp")),
        "{:?}",
        scratch.names()
    );
}

#[cfg(unix)]
#[test]
fn the_command_line_refuses_to_write_onto_anything_but_a_file() {
    let scratch = Scratch::new("cli-targets");
    let map = scratch.join("map.json");
    file::save_path(&sample(0), &map).unwrap();
    let map = map.to_string_lossy().into_owned();
    for (what, target) in hostile_targets(&scratch) {
        let before = kind(&target);
        let out = target.to_string_lossy().into_owned();
        for args in [
            vec!["new", "--template", "blank", "--force", "-o", &out],
            vec!["generate", "--cards", "20", "--force", "-o", &out],
            vec!["export", &map, "--force", "-o", &out],
        ] {
            let output = within_20_s(what, {
                let args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
                move || {
                    let args: Vec<&str> = args.iter().map(String::as_str).collect();
                    journeymap(&args)
                }
            });
            assert_eq!(output.status.code(), Some(1), "{args:?} onto {what}");
            assert!(!text(&output.stderr).is_empty());
            assert_eq!(kind(&target), before, "{args:?} changed {what}");
        }
    }
    assert!(!scratch.join("nowhere").exists());
}

#[cfg(unix)]
#[test]
fn opening_a_pipe_a_device_or_a_folder_is_refused_at_once() {
    let scratch = Scratch::new("open");
    let targets = hostile_targets(&scratch);
    for (what, target) in targets {
        let path = target.clone();
        let result = within_20_s(what, move || file::load_path(&path).map(|_| ()));
        let error = result.expect_err(what);
        assert!(
            matches!(error, LoadError::NotAFile(_) | LoadError::Io(_)),
            "{what}: {error:?}"
        );
        let out = target.to_string_lossy().into_owned();
        let output = within_20_s(what, move || journeymap(&["validate", &out]));
        assert_eq!(output.status.code(), Some(1));
        let fmt_target = target.to_string_lossy().into_owned();
        let output = within_20_s(what, move || journeymap(&["fmt", &fmt_target]));
        assert_eq!(output.status.code(), Some(1));
    }
    let error = file::load_path(&scratch.join("round.json")).unwrap_err();
    assert_eq!(
        error.to_string(),
        "This is a link that leads back to itself, not a file."
    );
    let error = file::load_path(&scratch.join("fifo.json")).unwrap_err();
    assert_eq!(
        error.to_string(),
        "This is a named pipe (FIFO), not a file; journeymap opens only ordinary files."
    );
}

#[cfg(unix)]
#[test]
fn a_link_to_a_file_is_written_through_and_stays_a_link() {
    use std::os::unix::fs::symlink;
    let scratch = Scratch::new("links");
    let real = scratch.join("real.json");
    file::save_path(&sample(0), &real).unwrap();
    let first = scratch.join("first.json");
    let second = scratch.join("second.json");
    symlink("real.json", &first).unwrap();
    symlink(&first, &second).unwrap();
    file::save_path(&sample(1), &second).unwrap();
    assert_eq!(kind(&first), "link");
    assert_eq!(kind(&second), "link");
    assert_eq!(file::load_path(&real).unwrap().map, sample(1));
    // Through /proc/self/fd too, where the system has it.
    if Path::new("/proc/self/fd").exists() {
        let open = fs::File::open(&real).unwrap();
        use std::os::fd::AsRawFd;
        let through_fd = PathBuf::from(format!("/proc/self/fd/{}", open.as_raw_fd()));
        file::save_path(&sample(2), &through_fd).unwrap();
        assert_eq!(file::load_path(&real).unwrap().map, sample(2));
        let (_read, write) = std::io::pipe().unwrap();
        let pipe = PathBuf::from(format!("/proc/self/fd/{}", write.as_raw_fd()));
        let error = file::save_path(&sample(0), &pipe).unwrap_err();
        assert!(matches!(error, SaveError::NotAFile { .. }), "{error:?}");
    }
    let output = journeymap(&["fmt", &second.to_string_lossy()]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert_eq!(kind(&second), "link");
}

#[test]
fn commands_never_replace_a_file_without_force() {
    let scratch = Scratch::new("force");
    let map = scratch.join("map.json");
    file::save_path(&sample(0), &map).unwrap();
    let map_arg = map.to_string_lossy().into_owned();
    let existing = scratch.join("picture.svg");
    fs::write(&existing, "my drawing").unwrap();
    let out = existing.to_string_lossy().into_owned();
    for args in [
        vec!["export", &map_arg, "-o", &out],
        vec!["new", "--template", "blank", "-o", &out],
        vec!["generate", "--cards", "10", "-o", &out],
    ] {
        let output = journeymap(&args);
        assert_eq!(output.status.code(), Some(1), "{args:?}");
        assert!(
            text(&output.stderr).contains("already exists; use --force"),
            "{}",
            text(&output.stderr)
        );
        assert_eq!(fs::read_to_string(&existing).unwrap(), "my drawing");
    }
    let output = journeymap(&["export", &map_arg, "-o", &out, "--force"]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert!(
        fs::read_to_string(&existing).unwrap().starts_with("<svg")
            || fs::read_to_string(&existing).unwrap().starts_with("<?xml")
    );
    assert_eq!(scratch.names(), ["map.json", "picture.svg"]);
}

#[cfg(unix)]
#[test]
fn a_read_only_file_is_refused_even_with_force() {
    use std::os::unix::fs::PermissionsExt;
    let scratch = Scratch::new("read-only");
    let path = scratch.join("locked.json");
    file::save_path(&sample(0), &path).unwrap();
    let map_arg = path.to_string_lossy().into_owned();
    fs::set_permissions(&path, fs::Permissions::from_mode(0o444)).unwrap();
    let old = fs::read(&path).unwrap();
    for args in [
        vec!["new", "--template", "blank", "--force", "-o", &map_arg],
        vec!["generate", "--cards", "10", "--force", "-o", &map_arg],
        vec!["fmt", &map_arg],
    ] {
        // fmt of a canonical file writes nothing; make it need a rewrite.
        if args[0] == "fmt" {
            fs::set_permissions(&path, fs::Permissions::from_mode(0o644)).unwrap();
            fs::write(&path, text(&old).replace("\n  ", "\n    ")).unwrap();
            fs::set_permissions(&path, fs::Permissions::from_mode(0o444)).unwrap();
        }
        let before = fs::read(&path).unwrap();
        let output = journeymap(&args);
        assert_eq!(output.status.code(), Some(1), "{args:?}");
        assert!(
            text(&output.stderr).contains("read-only"),
            "{}",
            text(&output.stderr)
        );
        assert_eq!(fs::read(&path).unwrap(), before, "{args:?}");
    }
}

#[test]
fn fmt_never_turns_a_picture_into_text() {
    let scratch = Scratch::new("fmt-png");
    let map = scratch.join("map.json");
    file::save_path(&sample(0), &map).unwrap();
    let png = scratch.join("map.png");
    let output = journeymap(&[
        "export",
        &map.to_string_lossy(),
        "--scale",
        "1",
        "-o",
        &png.to_string_lossy(),
    ]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    let picture = fs::read(&png).unwrap();
    // Named .json, too: what counts is what the file is.
    let disguised = scratch.join("picture.json");
    fs::write(&disguised, &picture).unwrap();
    for path in [&png, &disguised] {
        let output = journeymap(&["fmt", &path.to_string_lossy()]);
        assert_eq!(output.status.code(), Some(1));
        assert!(
            text(&output.stderr).contains("PNG picture"),
            "{}",
            text(&output.stderr)
        );
        assert_eq!(fs::read(path).unwrap(), picture);
    }
}

#[test]
fn fmt_leaves_a_canonical_file_untouched() {
    let scratch = Scratch::new("fmt-same");
    let map = scratch.join("map.json");
    file::save_path(&sample(0), &map).unwrap();
    let before = fs::metadata(&map).unwrap().modified().unwrap();
    std::thread::sleep(Duration::from_millis(20));
    let output = journeymap(&["fmt", &map.to_string_lossy()]);
    assert!(output.status.success());
    assert_eq!(fs::metadata(&map).unwrap().modified().unwrap(), before);
}

#[cfg(unix)]
#[test]
fn saving_keeps_the_owner_and_group_and_says_when_a_hard_link_splits() {
    use std::os::unix::fs::MetadataExt;
    let scratch = Scratch::new("owner");
    let path = scratch.join("map.json");
    file::save_path(&sample(0), &path).unwrap();
    // SAFETY: geteuid cannot fail.
    let root = unsafe { libc::geteuid() } == 0;
    if root {
        std::os::unix::fs::chown(&path, Some(4321), Some(8765)).unwrap();
    }
    let saved = file::save_path_stamped(&sample(1), &path).unwrap();
    assert!(!saved.split_hard_link);
    let meta = fs::metadata(&path).unwrap();
    if root {
        assert_eq!((meta.uid(), meta.gid()), (4321, 8765), "owner kept");
    } else {
        // SAFETY: getuid cannot fail.
        assert_eq!(meta.uid(), unsafe { libc::getuid() });
    }
    let other_name = scratch.join("also.json");
    fs::hard_link(&path, &other_name).unwrap();
    let saved = file::save_path_stamped(&sample(2), &path).unwrap();
    assert!(saved.split_hard_link, "the split is reported");
    assert_eq!(file::load_path(&path).unwrap().map, sample(2));
    assert_eq!(file::load_path(&other_name).unwrap().map, sample(1));
    // The command line says so.
    fs::remove_file(&path).unwrap();
    fs::hard_link(&other_name, &path).unwrap();
    fs::write(
        &path,
        text(&fs::read(&other_name).unwrap()).replace("\n  ", "\n   "),
    )
    .unwrap();
    let output = journeymap(&["fmt", &path.to_string_lossy()]);
    assert!(output.status.success());
    assert!(
        text(&output.stderr).contains("hard links"),
        "{}",
        text(&output.stderr)
    );
}

#[cfg(unix)]
#[test]
fn temporary_files_of_a_crashed_save_are_cleaned_up_and_nobody_elses() {
    use std::os::unix::fs::symlink;
    let scratch = Scratch::new("stale");
    let path = scratch.join("map.json");
    file::save_path(&sample(0), &path).unwrap();
    // No process has this id: pids stop far below it.
    fs::write(scratch.join(".map.json.2147483000.7.tmp"), "half a map").unwrap();
    // Process 1 is always running: its file is not stale.
    fs::write(scratch.join(".map.json.1.7.tmp"), "in progress").unwrap();
    // Not our pattern, and a planted link with our pattern: both left alone.
    fs::write(scratch.join(".map.json.tmp"), "someone's").unwrap();
    let outside = scratch.join("outside.txt");
    fs::write(&outside, "keep me").unwrap();
    symlink(&outside, scratch.join(".map.json.2147483001.1.tmp")).unwrap();
    file::save_path(&sample(1), &path).unwrap();
    assert_eq!(
        scratch.names(),
        [
            ".map.json.1.7.tmp",
            ".map.json.2147483001.1.tmp",
            ".map.json.tmp",
            "map.json",
            "outside.txt"
        ]
    );
    assert_eq!(fs::read_to_string(&outside).unwrap(), "keep me");
}

/// Runs the program with a file-size limit, as a full disk or a crash mid-write would
/// stop it: with `ignore_signal`, writes past the limit fail (like a full disk); without,
/// the process is killed by the signal in the middle of the write.
#[cfg(unix)]
fn with_size_limit(args: &[&str], ignore_signal: bool) -> Output {
    let trap = if ignore_signal { "trap '' XFSZ; " } else { "" };
    Command::new("sh")
        .arg("-c")
        .arg(format!("{trap}ulimit -f 1; exec \"$0\" \"$@\""))
        .arg(env!("CARGO_BIN_EXE_journeymap"))
        .args(args)
        .output()
        .unwrap()
}

#[cfg(unix)]
#[test]
fn a_full_disk_or_a_kill_in_the_middle_of_a_command_keeps_the_old_file() {
    let scratch = Scratch::new("full");
    let small = scratch.join("small.json");
    file::save_path(&sample(0), &small).unwrap();
    let small_arg = small.to_string_lossy().into_owned();
    for name in ["new.json", "generated.json", "picture.svg"] {
        let target = scratch.join(name);
        fs::write(&target, "the old file").unwrap();
        let out = target.to_string_lossy().into_owned();
        let args: Vec<&str> = match name {
            "new.json" => vec!["new", "--template", "six-phase", "--force", "-o", &out],
            "generated.json" => vec!["generate", "--cards", "200", "--force", "-o", &out],
            _ => vec!["export", &small_arg, "--force", "-o", &out],
        };
        for ignore_signal in [true, false] {
            let output = with_size_limit(&args, ignore_signal);
            assert!(!output.status.success(), "{args:?} wrote past the limit");
            assert_eq!(
                fs::read_to_string(&target).unwrap(),
                "the old file",
                "{args:?}"
            );
            if ignore_signal {
                assert!(
                    !scratch.names().iter().any(|n| n.ends_with(".tmp")),
                    "a failed write leaves no temporary file: {:?}",
                    scratch.names()
                );
                let said = text(&output.stderr);
                assert!(said.contains(name), "{said}");
                assert!(said.contains("larger than this disk"), "{said}");
                assert!(!said.contains("os error"), "{said}");
            }
        }
        // The killed write left its temporary file; the next write of the file clears it.
        let output = journeymap(&args);
        assert!(output.status.success(), "{}", text(&output.stderr));
        assert!(
            !scratch.names().iter().any(|n| n.ends_with(".tmp")),
            "{:?}",
            scratch.names()
        );
    }
}

/// A PNG of the given chunks (each kind and data), with the right lengths and checksums.
fn png_of(chunks: &[(&[u8; 4], Vec<u8>)]) -> Vec<u8> {
    let mut bytes = file::png_map::PNG_SIGNATURE.to_vec();
    for (kind, data) in chunks {
        bytes.extend((data.len() as u32).to_be_bytes());
        bytes.extend_from_slice(*kind);
        bytes.extend_from_slice(data);
        let mut crc = crc32fast::Hasher::new();
        crc.update(*kind);
        crc.update(data);
        bytes.extend(crc.finalize().to_be_bytes());
    }
    bytes
}

fn ihdr() -> (&'static [u8; 4], Vec<u8>) {
    (b"IHDR", vec![0, 0, 0x10, 0, 0, 0, 0x10, 0, 8, 6, 0, 0, 0])
}

fn map_chunk(json: &str) -> (&'static [u8; 4], Vec<u8>) {
    let mut data = b"journeymap\0\x01\x00\0\0".to_vec();
    data.extend(miniz_oxide::deflate::compress_to_vec_zlib(
        json.as_bytes(),
        6,
    ));
    (b"iTXt", data)
}

#[test]
fn a_picture_larger_than_the_map_limit_still_opens_with_the_map_after_its_pixels() {
    let scratch = Scratch::new("big-png");
    let json = file::to_json(&sample(0));
    // 70 MiB of image data: more than the 64 MiB map limit, which is about the map.
    let pixels = vec![0u8; 70 * 1024 * 1024];
    let png = png_of(&[
        ihdr(),
        (b"IDAT", pixels),
        map_chunk(&json),
        (b"IEND", Vec::new()),
    ]);
    let path = scratch.join("big.png");
    fs::write(&path, png).unwrap();
    assert_eq!(file::load_path(&path).unwrap().map, sample(0));
    let (_, stamp) = file::load_path_stamped(&path).unwrap();
    assert!(!file::changed_on_disk(&path, &stamp));
    let output = journeymap(&["validate", &path.to_string_lossy()]);
    assert!(output.status.success(), "{}", text(&output.stderr));
}

#[test]
fn a_damaged_map_inside_a_picture_is_called_damaged() {
    let json = file::to_json(&sample(0));
    let mut bomb = b"journeymap\0\x01\x00\0\0".to_vec();
    bomb.extend(miniz_oxide::deflate::compress_to_vec_zlib(
        &vec![b' '; 65 * 1024 * 1024],
        6,
    ));
    let mut cut = map_chunk(&json).1;
    cut.truncate(cut.len() / 2);
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "a bomb",
            png_of(&[ihdr(), (b"iTXt", bomb), (b"IEND", vec![])]),
            "more than 64 MiB",
        ),
        (
            "cut short",
            png_of(&[ihdr(), (b"iTXt", cut), (b"IEND", vec![])]),
            "damaged",
        ),
        (
            "a bad checksum",
            {
                let mut png = png_of(&[ihdr(), map_chunk(&json), (b"IEND", vec![])]);
                let at = png.len() - 14;
                png[at] ^= 0xff;
                png
            },
            "checksum",
        ),
    ];
    let scratch = Scratch::new("damaged-png");
    for (what, png, says) in cases {
        let error = file::load(&png).unwrap_err();
        let sentence = error.to_string();
        assert!(
            sentence.contains("the map inside is damaged") && sentence.contains(says),
            "{what}: {sentence}"
        );
        for internal in ["decompression", "ChunkType", "limits", "Unrepresentable"] {
            assert!(!sentence.contains(internal), "{what}: {sentence}");
        }
        let path = scratch.join("damaged.png");
        fs::write(&path, &png).unwrap();
        let output = journeymap(&["validate", &path.to_string_lossy()]);
        assert_eq!(output.status.code(), Some(1));
        assert!(text(&output.stderr).contains("damaged"), "{what}");
    }
    let plain = png_of(&[ihdr(), (b"IDAT", vec![1, 2]), (b"IEND", vec![])]);
    assert!(matches!(
        file::load(&plain).unwrap_err(),
        LoadError::PngWithoutMap
    ));
}

// --- The recovery folder ---------------------------------------------------------------

#[cfg(unix)]
#[test]
fn a_recovery_folder_others_can_write_is_not_used() {
    use std::os::unix::fs::PermissionsExt;
    let scratch = Scratch::new("recovery-shared");
    let shared = scratch.join("recovery");
    fs::create_dir(&shared).unwrap();
    fs::set_permissions(&shared, fs::Permissions::from_mode(0o777)).unwrap();
    // A copy planted by someone else, to be "restored".
    RecoveryStore::new(scratch.join("elsewhere"))
        .write("planted", &sample(0), None, None)
        .unwrap();
    fs::copy(
        scratch.join("elsewhere/recovery-planted.json"),
        shared.join("recovery-planted.json"),
    )
    .unwrap();
    assert!(RecoveryStore::new(&shared).list().is_empty());
    assert!(
        RecoveryStore::new(&shared)
            .write("mine", &sample(0), None, None)
            .is_err()
    );
    let (store, notice) = RecoveryStore::private(&shared);
    assert_ne!(store.dir(), shared);
    let notice = notice.expect("the user is told once");
    assert!(notice.contains("can be changed by other users"), "{notice}");
    let copy = store.write("mine", &sample(1), None, None).unwrap();
    let mode = fs::metadata(&copy).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    let folder_mode = fs::metadata(store.dir()).unwrap().permissions().mode() & 0o777;
    assert_eq!(folder_mode, 0o700);
    // The next start finds the same private folder, and the copy in it.
    let (again, _) = RecoveryStore::private(&shared);
    assert_eq!(again.dir(), store.dir());
    assert_eq!(again.list().len(), 1);
    // A private folder is used as it is, without a word.
    let (fine, notice) = RecoveryStore::private(scratch.join("fine"));
    assert_eq!(fine.dir(), scratch.join("fine"));
    assert_eq!(notice, None);
    // A link to a folder is not a private folder.
    std::os::unix::fs::symlink(scratch.join("fine"), scratch.join("linked")).unwrap();
    assert_ne!(
        RecoveryStore::private(scratch.join("linked")).0.dir(),
        scratch.join("linked")
    );
}

#[cfg(unix)]
#[test]
fn nothing_planted_under_a_copys_name_is_followed() {
    use std::os::unix::fs::symlink;
    let scratch = Scratch::new("recovery-planted");
    let store = RecoveryStore::new(scratch.join("store"));
    let first = store.write("session", &sample(0), None, None).unwrap();
    let outside = scratch.join("outside.json");
    file::save_path(&sample(2), &outside).unwrap();
    let outside_bytes = fs::read(&outside).unwrap();
    // A link where the copy was: never read, written or removed through.
    fs::remove_file(&first).unwrap();
    symlink(&outside, &first).unwrap();
    assert!(store.list().is_empty(), "a link is not read as a copy");
    store.remove("session").unwrap();
    assert_eq!(fs::read(&outside).unwrap(), outside_bytes);
    store.write("session", &sample(1), None, None).unwrap();
    assert_eq!(
        fs::read(&outside).unwrap(),
        outside_bytes,
        "not written through"
    );
    assert_eq!(kind(&first), "file");
    // A pipe and a folder under a copy's name: never opened, never a hang.
    let pipe = store.dir().join("recovery-pipe.json");
    make_fifo(&pipe);
    fs::create_dir(store.dir().join("recovery-folder.json")).unwrap();
    let listed = within_20_s("listing", {
        let store = store.clone();
        move || store.list().len()
    });
    assert_eq!(listed, 1);
    let write_onto_pipe = within_20_s("writing", {
        let store = store.clone();
        move || store.write("pipe", &sample(0), None, None).map(|_| ())
    });
    assert!(write_onto_pipe.is_ok());
    assert!(store.write("folder", &sample(0), None, None).is_err());
    assert!(store.dir().join("recovery-folder.json").is_dir());
}

#[cfg(unix)]
#[test]
fn a_link_planted_in_the_recovery_folder_while_the_editor_runs_is_never_followed() {
    use egui::{Key, Modifiers};
    use journeymap::app::Start;
    let scratch = Scratch::new("recovery-editor");
    let store_dir = scratch.join("recovery");
    let mut harness = common::editor_with_recovery(
        Start::Sample(0),
        common::ScriptedDialogs::default(),
        store_dir.clone(),
    );
    let first = common::map_of(&harness).cards[0].id.clone();
    common::click_card(&mut harness, &first, Modifiers::NONE);
    harness.key_press(Key::Delete);
    harness.run();
    let copies: Vec<PathBuf> = fs::read_dir(&store_dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .collect();
    assert_eq!(copies.len(), 1, "{copies:?}");
    let outside = scratch.join("outside.json");
    fs::write(&outside, "someone's file").unwrap();
    fs::remove_file(&copies[0]).unwrap();
    std::os::unix::fs::symlink(&outside, &copies[0]).unwrap();
    // Another change, and the window losing the focus: a new copy is due.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.key_press(Key::Delete);
    harness.event(egui::Event::WindowFocused(false));
    harness.run();
    assert_eq!(fs::read_to_string(&outside).unwrap(), "someone's file");
    assert_eq!(kind(&copies[0]), "file", "the copy replaced the link");
    // Undo back to the saved state removes the copy: the file, never the link's target.
    fs::remove_file(&copies[0]).unwrap();
    std::os::unix::fs::symlink(&outside, &copies[0]).unwrap();
    for _ in 0..2 {
        harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    }
    harness.run();
    assert!(!harness.state().is_dirty());
    assert_eq!(fs::read_to_string(&outside).unwrap(), "someone's file");
}

#[test]
fn generate_refuses_what_validate_would_refuse_and_writes_nothing() {
    let scratch = Scratch::new("generate");
    let out = scratch.join("big.json").to_string_lossy().into_owned();
    for args in [
        vec!["generate", "--cards", "200001", "-o", &out],
        vec!["generate", "--cards", "10", "--phases", "501", "-o", &out],
        vec!["generate", "--cards", "10", "--lanes", "100000", "-o", &out],
        vec!["generate", "--cards", "10", "--personas", "201", "-o", &out],
        vec!["generate", "--cards", "18446744073709551615", "-o", &out],
    ] {
        let output = within_20_s("generate", {
            let args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
            move || journeymap(&args.iter().map(String::as_str).collect::<Vec<_>>())
        });
        assert_eq!(output.status.code(), Some(1), "{args:?}");
        assert!(
            text(&output.stderr).contains("at most"),
            "{args:?}: {}",
            text(&output.stderr)
        );
        assert!(scratch.names().is_empty(), "{args:?} wrote something");
    }
}
