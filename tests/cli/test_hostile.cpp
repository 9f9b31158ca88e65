// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include <algorithm>
#include <csignal>
#include <cstring>

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/un.h>
#include <unistd.h>

#include "runcli.h"

namespace {

// Runs script with sh, the binary as $0 and dir as $1 (for arguments that are bytes, not text).
CliResult runShell(const QString &script, const QString &dir = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral("/bin/sh"),
                  {QStringLiteral("-c"), script, QStringLiteral(RX_CLI_BINARY), dir});
    process.closeWriteChannel();
    process.waitForFinished(120000);
    CliResult result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

// A Unix socket file at path; listening while the returned descriptor is open.
int makeSocket(const QString &path)
{
    const QByteArray bytes = QFile::encodeName(path);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    std::memcpy(address.sun_path, bytes.constData(),
                std::min<std::size_t>(bytes.size(), sizeof address.sun_path - 1));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    REQUIRE(fd >= 0);
    REQUIRE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0);
    REQUIRE(::listen(fd, 1) == 0);
    return fd;
}

void checkOneLine(const CliResult &r, int exitCode)
{
    INFO("stderr: " << r.err.toStdString());
    CHECK(r.exitCode == exitCode);
    CHECK(r.err.count('\n') == 1);
    CHECK(r.err.endsWith('\n'));
}

} // namespace

TEST_CASE("export refuses an output that is not a regular file and leaves it as it was",
          "[hostile][special-files]")
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath("fifo");
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0644) == 0);
    const int server = makeSocket(dir.filePath("socket"));
    REQUIRE(QDir(dir.path()).mkdir("folder"));
    REQUIRE(QFile::link(fifo, dir.filePath("link-to-fifo")));
    REQUIRE(QFile::link("/dev/null", dir.filePath("link-to-null")));
    REQUIRE(QFile::link(dir.filePath("folder"), dir.filePath("link-to-folder")));
    REQUIRE(QFile::link(dir.filePath("nowhere"), dir.filePath("dangling")));
    QStringList names{"fifo",         "socket",         "folder",  "link-to-fifo",
                      "link-to-null", "link-to-folder", "dangling"};
    if (::geteuid() == 0) {
        REQUIRE(::mknod(QFile::encodeName(dir.filePath("null")).constData(), S_IFCHR | 0666, makedev(1, 3)) ==
                0);
        names << "null";
    } else {
        WARN("not root: no character device made with mknod; the link to /dev/null stands for one");
    }
    for (const QString &name : names) {
        const QString path = dir.filePath(name);
        const QFileInfo before(path);
        const CliResult r = runCli({"export", "--output", path, "--format", "png"});
        INFO(name.toStdString());
        checkOneLine(r, 2);
        CHECK(r.err.contains(name));
        const QFileInfo after(path);
        CHECK(after.isSymLink() == before.isSymLink());
        CHECK(after.isFile() == before.isFile());
        CHECK(after.exists() == before.exists());
    }
    CHECK(QFileInfo(fifo).isFile() == false);
    struct stat info;
    REQUIRE(::stat(QFile::encodeName(fifo).constData(), &info) == 0);
    CHECK(S_ISFIFO(info.st_mode));
    CHECK(QFileInfo("/dev/null").isFile() == false);
    // Nothing else was written next to them.
    QStringList expected = names;
    expected.sort();
    QStringList entries = QDir(dir.path()).entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot);
    entries.sort();
    CHECK(entries == expected);
    ::close(server);
}

TEST_CASE("a symbolic link to a regular file writes that file and stays a link", "[hostile][special-files]")
{
    QTemporaryDir dir;
    const QString target = dir.filePath("target.png");
    QFile file(target);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("old");
    file.close();
    REQUIRE(QFile::link(target, dir.filePath("link.png")));
    const CliResult r =
        runCli({"export", "--output", dir.filePath("link.png"), "--width", "100", "--height", "80"});
    REQUIRE(r.exitCode == 0);
    CHECK(QFileInfo(dir.filePath("link.png")).isSymLink());
    CHECK(QImage(target).size() == QSize(100, 80));
}

TEST_CASE("an output of - writes the figure or CSV to stdout and needs --format", "[hostile][stdout]")
{
    const CliResult csv = runCli({"export", "--output", "-", "--format", "csv", "--functions", "relu"});
    REQUIRE(csv.exitCode == 0);
    CHECK(csv.out.startsWith("x,relu:y"));
    CHECK(csv.err.isEmpty());

    const CliResult png = runShell(
        QStringLiteral("\"$0\" export --output - --format png --width 120 --height 90 > \"$1/out.png\""),
        QDir::tempPath());
    REQUIRE(png.exitCode == 0);
    const QString out = QDir::temp().filePath("out.png");
    CHECK(QImage(out).size() == QSize(120, 90));
    QFile::remove(out);

    const CliResult missing = runCli({"export", "--output", "-"});
    checkOneLine(missing, 2);
    CHECK(missing.out.isEmpty());
    CHECK(missing.err.contains("--format"));
}

TEST_CASE("a session file that is not a regular file is refused at once, never waited on",
          "[hostile][special-files][session]")
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath("held.reluexp");
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0644) == 0);
    for (const QStringList &args :
         {QStringList{"export", "--session", fifo, "--output", dir.filePath("a.png")}, QStringList{fifo},
          QStringList{"export", "--session", dir.path(), "--output", dir.filePath("a.png")}}) {
        const CliResult r = runCli(args); // runCli gives up after 120 s; a blocked reader would fail here
        INFO(args.join(' ').toStdString());
        checkOneLine(r, 2);
        CHECK((r.err.contains("FIFO") || r.err.contains("directory")));
    }
    CHECK_FALSE(QFile::exists(dir.filePath("a.png")));
}

TEST_CASE("eval reads stdin in bounded pieces: an endless word is refused at once, a directory is an error",
          "[hostile][stdin]")
{
    // 64 MB of zero bytes: refused after the first few kilobytes, quoting only the start.
    const CliResult zeros = runShell(QStringLiteral("head -c 64000000 /dev/zero | \"$0\" eval relu"));
    checkOneLine(zeros, 2);
    CHECK(zeros.out.isEmpty());
    CHECK(zeros.err.contains("longer than any number"));
    CHECK(zeros.err.size() < 300);

    const CliResult folder = runShell(QStringLiteral("\"$0\" eval relu < /"));
    checkOneLine(folder, 1);
    CHECK(folder.out.isEmpty());
    CHECK(folder.err.contains("Is a directory"));

    // Numbers that straddle the pieces read are read whole.
    QByteArray many;
    for (int i = 0; i < 40'000; ++i)
        many += "0.25\t-1.5\n";
    const CliResult all = runCli({"eval", "relu"}, many);
    REQUIRE(all.exitCode == 0);
    const QStringList rows = all.lines();
    CHECK(rows.size() == 80'001);
    CHECK(rows.count("0.25,0.25,1") == 40'000);
    CHECK(rows.count("-1.5,0,0") == 40'000);

    const CliResult bad = runCli({"eval", "relu"}, QByteArray("1 2 ") + QByteArray(3'000'000, 'x') + " 3");
    checkOneLine(bad, 2);
    CHECK(bad.err.size() < 300);
}

TEST_CASE("an error line quotes at most about 80 characters of the input, escaped", "[hostile][errors]")
{
    const QString longWord(120'000, QLatin1Char('z'));
    for (const QStringList &args :
         {QStringList{"eval", longWord}, QStringList{"eval", "relu", "--x", longWord},
          QStringList{"eval", "elu", "--param", "alpha=" + longWord},
          QStringList{"export", "--output", "a.png", "--preset", longWord},
          QStringList{"export", "--output", longWord}, QStringList{"--lang", longWord},
          QStringList{longWord}}) {
        const CliResult r = runCli(args);
        INFO(args.constFirst().left(20).toStdString() << ": " << r.err.left(400).toStdString());
        checkOneLine(r, 2);
        CHECK(r.err.size() < 400);
        CHECK(r.err.contains("zzz..."));
    }
    const CliResult control = runCli({"eval", "relu", "--x", "1\n2\x1b[31m"});
    checkOneLine(control, 2);
    CHECK(control.err.contains("1\\n2\\x1b[31m"));
}

TEST_CASE("an error line stays short when the input is full of quotes", "[hostile][errors]")
{
    // Quotes split what a line cuts into runs that each look short.
    const QString quotes = QStringLiteral("'a").repeated(400);
    for (const QStringList &args : {QStringList{"eval", "relu", quotes},
                                    QStringList{"eval", quotes},
                                    QStringList{"eval", "relu", "--x", quotes},
                                    QStringList{"eval", "relu", "--range", quotes},
                                    QStringList{"eval", "relu", "--range", "0:1:" + quotes},
                                    QStringList{"eval", "relu", "--dtype", quotes},
                                    QStringList{"eval", "elu", "--param", quotes + "=1"},
                                    QStringList{"eval", "elu", "--param", "alpha=" + quotes},
                                    QStringList{"export", "--output", "a.png", quotes},
                                    QStringList{"export", "--output", "a.png", "--xrange", quotes},
                                    QStringList{"export", "--output", "a.png", "--xrange", "0:" + quotes},
                                    QStringList{"export", "--output", "a.png", "--width", quotes},
                                    QStringList{"export", "--output", "a.png", "--theme", quotes},
                                    QStringList{"export", "--output", "a.png", "--legend", quotes},
                                    QStringList{"export", "--output", "a.png", "--layout", quotes},
                                    QStringList{"export", "--output", "a.png", "--columns", quotes},
                                    QStringList{"export", "--output", "a.png", "--format", quotes},
                                    QStringList{"export", "--output", "a" + quotes},
                                    QStringList{"export", "--output", "a.png", "--functions", quotes},
                                    QStringList{"list", quotes},
                                    QStringList{"--param", quotes}}) {
        const CliResult r = runCli(args);
        INFO(args.join(QLatin1Char(' ')).left(60).toStdString() << ": " << r.err.left(600).toStdString());
        checkOneLine(r, 2);
        CHECK(r.err.size() < 400);
    }
}

TEST_CASE("a display that cannot be opened is one line and exit 1, never an abort", "[hostile][display]")
{
    QTemporaryDir runtime;
    // A Wayland socket nobody listens on any more.
    ::close(makeSocket(runtime.filePath("wayland-dead")));
    const auto [display, wayland] = GENERATE(table<QString, QString>({
        {":abc", ""},
        {":", ""},
        {"localhost:57", ""},
        {":57", ""},
        {"", "wayland-dead"},
        {":abc", "wayland-dead"},
        {"", "no-such-socket"},
    }));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove("QT_QPA_PLATFORM");
    env.insert("XDG_RUNTIME_DIR", runtime.path());
    QProcess process;
    if (!display.isEmpty())
        env.insert("DISPLAY", display);
    else
        env.remove("DISPLAY");
    if (!wayland.isEmpty())
        env.insert("WAYLAND_DISPLAY", wayland);
    else
        env.remove("WAYLAND_DISPLAY");
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(RX_CLI_BINARY), {"--functions", "relu"});
    REQUIRE(process.waitForFinished(60000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    INFO("DISPLAY=" << display.toStdString() << " WAYLAND_DISPLAY=" << wayland.toStdString() << "\n"
                    << err.toStdString());
    CHECK(process.exitStatus() == QProcess::NormalExit);
    CHECK(process.exitCode() == 1);
    CHECK(err.count('\n') == 1);
    CHECK(err.contains("cannot open the window"));
}

TEST_CASE("file names are bytes: a name that is not UTF-8 is written and read under that very name",
          "[hostile][names]")
{
    QTemporaryDir dir;
    // Qt cannot list or remove such names, so the shell looks and cleans up.
    const CliResult r = runShell(
        QStringLiteral(
            "cd \"$1\" && png=$(printf 'caf\\351.png') && s=$(printf 's\\377.reluexp') && "
            "\"$0\" export --output \"$png\" --width 50 --height 40 && "
            "printf '{}' > \"$s\"; "
            "\"$0\" export --output x.png --session \"$s\" 2>&1; "
            "echo; ls | od -An -c | tr -s ' '; test -f \"$png\" && od -An -c \"$png\" | head -1 | tr -s ' '; "
            "rm -f ./*"),
        dir.path());
    INFO(r.out.toStdString() << r.err.toStdString());
    // The very bytes 'caf', 0xe9, '.png': no U+FFFD (357 277 275) in any name.
    CHECK(r.out.contains("c a f 351 . p n g"));
    CHECK(!r.out.contains("357 277 275"));
    CHECK(r.out.contains("P N G"));
    // The session was read under its name (its content is refused, not its name), quoted escaped.
    CHECK(r.out.contains("--session 's\\xff.reluexp': "));
    CHECK(!r.out.contains("does not exist"));
    // An error names a file escaped, the byte shown as \xe9.
    const CliResult missing =
        runShell(QStringLiteral("\"$0\" export --output x.png --session \"$(printf 'caf\\351.reluexp')\""));
    checkOneLine(missing, 2);
    CHECK(missing.err.contains("'caf\\xe9.reluexp' does not exist"));
    // The window keeps the name to save to as text: it refuses such a name rather than use another.
    const CliResult window =
        runShell(QStringLiteral("cd \"$1\" && s=$(printf 's\\377.reluexp') && printf '{}' > "
                                "\"$s\" && \"$0\" \"$s\"; code=$?; rm -f ./*; exit $code"),
                 dir.path());
    checkOneLine(window, 2);
    CHECK(window.err.contains("not UTF-8"));
}

TEST_CASE("write errors on stdout or a file are one line with the cause, exit 1, and no partial file",
          "[hostile][io-errors]")
{
    for (const QString &command :
         {QStringLiteral("eval relu --range 0:1:100000"), QStringLiteral("list"),
          QStringLiteral("export --output - --format svg"), QStringLiteral("--help")}) {
        const CliResult r = runShell(QStringLiteral("\"$0\" ") + command + QStringLiteral(" > /dev/full"));
        INFO(command.toStdString());
        checkOneLine(r, 1);
        CHECK(r.err.contains("No space left on device"));
    }
    // A reader that leaves early is not an error worth a message.
    const CliResult pipe =
        runShell(QStringLiteral("trap '' PIPE; \"$0\" eval relu --range 0:1:1000000 | head -1 >/dev/null"));
    CHECK(pipe.err.isEmpty());

    // A file that cannot grow past 4 KiB: the old figure stays, no temporary file is left.
    QTemporaryDir dir;
    const QString path = dir.filePath("figure.png");
    QFile old(path);
    REQUIRE(old.open(QIODevice::WriteOnly));
    old.write("old figure");
    old.close();
    QProcess process;
    process.setChildProcessModifier([] {
        const rlimit limit{4096, 4096};
        ::setrlimit(RLIMIT_FSIZE, &limit);
        std::signal(SIGXFSZ, SIG_IGN);
    });
    process.start(QStringLiteral(RX_CLI_BINARY), {"export", "--output", path});
    REQUIRE(process.waitForFinished(60000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    INFO(err.toStdString());
    CHECK(process.exitCode() == 1);
    CHECK(err.count('\n') == 1);
    CHECK(err.contains("File too large"));
    CHECK(readAll(path) == "old figure");
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{"figure.png"});
}

TEST_CASE("an option given twice is refused alike by eval, export and the window", "[hostile][repeats]")
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove("QT_QPA_PLATFORM");
    for (const QStringList &args : {
             QStringList{"eval", "relu", "--dtype", "float64", "--dtype", "float64"},
             QStringList{"eval", "elu", "--param", "alpha=1", "--param", "alpha=2"},
             QStringList{"export", "--output", "a.png", "--param", "prelu.weight=1", "--param",
                         "prelu.weight=2"},
             QStringList{"export", "--output", "a.png", "--functions", "relu", "--functions", "elu"},
             QStringList{"export", "--output", "a.png", "--derivatives", "--derivatives"},
             QStringList{"--param", "prelu.weight=1", "--param", "prelu.weight=2"},
             QStringList{"--functions", "relu", "--functions", "elu"},
             QStringList{"--lang", "en", "--lang", "zh_CN"},
         }) {
        const CliResult r = runCli(args, {}, env);
        INFO(args.join(' ').toStdString());
        checkOneLine(r, 2);
        CHECK(r.err.contains("given more than once"));
    }
    // Different parameters, or the same name of different functions, are not repeats.
    CHECK(runCli({"export", "--output", "-", "--format", "csv", "--param", "prelu.weight=1", "--param",
                  "elu.alpha=2", "--param", "celu.alpha=2"})
              .exitCode == 0);
}

TEST_CASE("an ambiguous preset says so and names the candidates", "[hostile][errors]")
{
    const CliResult r = runCli({"export", "--output", "a.png", "--preset", "paper"});
    checkOneLine(r, 2);
    CHECK(r.err.contains("ambiguous"));
    CHECK(r.err.contains("\"Paper, one column\""));
    CHECK(r.err.contains("\"Paper, two columns\""));
}

TEST_CASE("option values never reach Qt", "[hostile][qt-options]")
{
    QTemporaryDir dir;
    for (const QStringList &values : {QStringList{"-platform", "xcb"}, QStringList{"-style", "fusion"},
                                      QStringList{"-reverse", "-qwindowgeometry"}}) {
        const QString path = dir.filePath("a.svg");
        const CliResult r =
            runCli({"export", "--output", path, "--title", values[0], "--caption", values[1]});
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 0);
        CHECK(r.err.isEmpty());
        CHECK(readAll(path).contains(values[0].toUtf8()));
    }
}

TEST_CASE("many unknown options give one short line naming the first", "[hostile][lines]")
{
    QStringList arguments{"export"};
    for (int i = 0; i < 500; ++i)
        arguments << QStringLiteral("--bogus%1\x1d").arg(i);
    for (const QString &command : {QStringLiteral("export"), QStringLiteral("eval")}) {
        arguments[0] = command;
        const CliResult r = runCli(arguments);
        CHECK(r.exitCode == 2);
        CHECK(r.out.isEmpty());
        CHECK(r.err.count('\n') == 1);
        CHECK(r.err.size() < 800);
        CHECK(r.err.contains("unknown option 'bogus0\\x1d' (and 499 more)"));
    }
}
