// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include <QAction>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QUndoStack>

#include "reluexplorer/session.h"
#include "language.h"
#include "sessioncontroller.h"
#include "statehistory.h"
#include "uitest.h"

namespace {

// Errors go to a list instead of a dialog; a close never asks.
struct Reported
{
    QStringList messages;

    explicit Reported(MainWindow &window)
    {
        window.session()->setReporter([this](const QString &, const QString &text) { messages << text; });
        window.session()->setSavePrompt([](const QString &) { return QMessageBox::Discard; });
    }
};

rx::ExplorerState lectureState()
{
    rx::ExplorerState s = rx::defaultState();
    s.shown = {"relu", "leaky_relu", "elu"};
    rx::setParameter(s, *rx::findActivation("elu"), 0, 0.5);
    s.view = {-3, 3, -1.5, 3};
    s.showDerivatives = true;
    s.selected = "leaky_relu";
    s.family = {true, "leaky_relu", "negative_slope", 0, 0.5, 6};
    return s;
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

TEST_CASE("save then open through the File actions gives the same state", "[ui][session]")
{
    Window w;
    Reported reported(w.window);
    QTemporaryDir dir;
    w.window.setState(lectureState());
    // Save As after its dialog: the suffix is added.
    REQUIRE(w.window.session()->saveToPath(dir.filePath(QStringLiteral("lecture"))));
    const QString path = dir.filePath(QStringLiteral("lecture.reluexp"));
    CHECK(QFile::exists(path));
    CHECK(w.window.windowTitle().startsWith(QStringLiteral("lecture.reluexp[*]")));
    CHECK_FALSE(w.window.isWindowModified());

    // A change marks the window modified; Ctrl+S saves it to the same file, atomically replaced.
    auto *slider = w.find<QSlider>(QStringLiteral("param.elu.alpha.slider"));
    slider->setFocus();
    QTest::keyClick(slider, Qt::Key_Right);
    CHECK(w.window.isWindowModified());
    const rx::ExplorerState saved = w.window.state();
    QTest::keyClick(&w.window, Qt::Key_S, Qt::ControlModifier);
    CHECK_FALSE(w.window.isWindowModified());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll().toStdString() == rx::sessionToJson(saved) + "\n");
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("lecture.reluexp")});

    // Open (what the action does after its dialog): the state comes back, the history starts anew.
    w.window.setState(rx::defaultState());
    CHECK(w.window.isWindowModified());
    REQUIRE(w.window.session()->openPath(path));
    CHECK(w.window.state() == saved);
    CHECK(w.window.history()->stack()->count() == 0);
    CHECK_FALSE(w.window.isWindowModified());
    CHECK(w.window.session()->recentFiles().constFirst() == QFileInfo(path).absoluteFilePath());
    CHECK(reported.messages.isEmpty());
    CHECK(w.plot()->familyCurveCount() == 6);
}

TEST_CASE("malformed session files are refused with a message and leave the state alone", "[ui][session]")
{
    Window w;
    Reported reported(w.window);
    QTemporaryDir dir;
    w.window.setState(lectureState());
    const rx::ExplorerState before = w.window.state();
    const std::string good = rx::sessionToJson(before);
    auto replaced = [&](const std::string &from, const std::string &to) {
        std::string text = good;
        const auto at = text.find(from);
        REQUIRE(at != std::string::npos);
        return QByteArray::fromStdString(text.replace(at, from.size(), to));
    };
    const auto [bytes, mention] = GENERATE_COPY(table<QByteArray, QString>({
        {QByteArray(), "JSON"},
        {QByteArray::fromStdString(good.substr(0, good.size() / 2)), "JSON"},
        {replaced("\"version\": 2", "\"version\": 7"), "version 7"},
        {replaced("\"derivatives\": true", "\"derivatives\": \"yes\""), "derivatives"},
        {replaced("\"alpha\": 0.5", "\"alpha\": 1e999"), "out of range"},
        {replaced("\"alpha\": 0.5", "\"alpha\": 1e300"), "out of range"},
        {replaced("\"count\": 6", "\"count\": 600"), "count"},
        {QByteArray("{\"format\": \"relu-explorer-session\", \"version\": 1, \"functions\": ") +
             QByteArray(200, '[') + QByteArray(200, ']') + "}",
         "nested"},
        {QByteArray(maxSessionFileBytes + 10, ' '), "too large for a session file (over 1 MiB)"},
    }));
    const QString path = dir.filePath(QStringLiteral("bad.reluexp"));
    write(path, bytes);
    QSignalSpy changed(&w.window, &MainWindow::stateChanged);
    CHECK_FALSE(w.window.session()->openPath(path));
    CHECK(w.window.state() == before);
    CHECK(changed.isEmpty());
    REQUIRE(reported.messages.size() == 1);
    INFO(reported.messages.constFirst().toStdString());
    CHECK(reported.messages.constFirst().contains(mention));
    CHECK(reported.messages.constFirst().contains(path));
}

TEST_CASE("a missing file or a folder is refused too", "[ui][session]")
{
    Window w;
    Reported reported(w.window);
    QTemporaryDir dir;
    CHECK_FALSE(w.window.session()->openPath(dir.filePath(QStringLiteral("nope.reluexp"))));
    CHECK_FALSE(w.window.session()->openPath(dir.path()));
    CHECK(reported.messages.size() == 2);
    CHECK(w.window.state() == rx::defaultState());
    // A folder that cannot be written to: the save fails and says why.
    CHECK_FALSE(w.window.session()->saveToPath(dir.filePath(QStringLiteral("no/such/folder/x.reluexp"))));
    CHECK(reported.messages.size() == 3);
    CHECK(w.window.session()->filePath().isEmpty());
}

TEST_CASE("Copy state and Paste state go through the clipboard, bad tokens are refused", "[ui][session]")
{
    Window w;
    Reported reported(w.window);
    w.window.setState(lectureState());
    const rx::ExplorerState copied = w.window.state();
    w.find<QAction>(QStringLiteral("action.copyState"))->trigger();
    const QString token = QApplication::clipboard()->text();
    CHECK(token.startsWith(QStringLiteral("relu1:")));
    CHECK(token.size() < 300);

    w.window.setState(rx::defaultState());
    w.find<QAction>(QStringLiteral("action.pasteState"))->trigger();
    CHECK(w.window.state() == copied);
    CHECK(w.window.history()->stack()->undoText() == QStringLiteral("Paste state"));
    w.window.history()->stack()->undo();
    CHECK(w.window.state() == rx::defaultState());

    const auto [bad, mention] = GENERATE(table<QString, QString>({
        {"", "start with"},
        {"hello relu", "start with"},
        {"relu1:%%%", "base64url"},
        {"relu1:eyJzYW1wbGVzIjotMX0", "samples"},
        {"relu1:WzFd", "object"},
    }));
    QApplication::clipboard()->setText(bad);
    const rx::ExplorerState before = w.window.state();
    w.find<QAction>(QStringLiteral("action.pasteState"))->trigger();
    CHECK(w.window.state() == before);
    REQUIRE(reported.messages.size() == 1);
    INFO(reported.messages.constFirst().toStdString());
    CHECK(reported.messages.constFirst().contains(mention));
}

TEST_CASE("the window remembers its state, theme and recent files across runs", "[ui][session][settings]")
{
    QSettings().clear();
    QTemporaryDir dir;
    rx::ExplorerState remembered;
    {
        Window first;
        Reported reported(first.window);
        first.window.setState(lectureState());
        REQUIRE(first.window.session()->saveToPath(dir.filePath(QStringLiteral("a.reluexp"))));
        auto *slider = first.find<QSlider>(QStringLiteral("param.elu.alpha.slider"));
        slider->setFocus();
        QTest::keyClick(slider, Qt::Key_Left);
        first.window.setThemeChoice(ThemeChoice::Dark);
        remembered = first.window.state();
        CHECK(first.window.close()); // the save prompt says Discard
    }
    {
        Window second;
        CHECK(second.window.state() == remembered);
        CHECK(second.window.themeChoice() == ThemeChoice::Dark);
        CHECK(second.plot()->theme().isDark());
        CHECK(second.window.session()->recentFiles().size() == 1);
        // Reset everything: defaults in one undo step, the system's theme.
        second.find<QAction>(QStringLiteral("action.resetEverything"))->trigger();
        CHECK(second.window.state() == rx::defaultState());
        CHECK(second.window.themeChoice() == ThemeChoice::FollowSystem);
        second.window.history()->stack()->undo();
        CHECK(second.window.state() == remembered);
        second.window.setThemeChoice(ThemeChoice::Light);
    }
    // A corrupt stored state is ignored: defaults, no crash.
    QSettings().setValue(QStringLiteral("session/state"), QStringLiteral("{\"format\": 3"));
    {
        Window third;
        CHECK(third.window.state() == rx::defaultState());
    }
    QSettings().clear();
}

TEST_CASE("the window remembers where its legend goes", "[ui][session][settings]")
{
    QSettings().clear();
    {
        Window first;
        Reported reported(first.window);
        CHECK(first.plot()->legendPlacement() == rx::LegendPlacement::Best);
        auto *lowerLeft = first.find<QAction>(QStringLiteral("action.legend.lower-left"));
        lowerLeft->trigger();
        CHECK(first.plot()->legendPlacement() == rx::LegendPlacement::LowerLeft);
        CHECK(first.window.close());
    }
    {
        Window second;
        Reported reported(second.window);
        CHECK(second.plot()->legendPlacement() == rx::LegendPlacement::LowerLeft);
        CHECK(second.find<QAction>(QStringLiteral("action.legend.lower-left"))->isChecked());
        CHECK_FALSE(second.find<QAction>(QStringLiteral("action.legend.best"))->isChecked());
        // Drawn there too: the legend's box is in the plotting area's lower left quarter.
        const QRectF legend = second.plot()->legendRect();
        const QRectF panel = second.plot()->panelRects().front();
        REQUIRE_FALSE(legend.isEmpty());
        CHECK(legend.center().x() < panel.center().x());
        CHECK(legend.center().y() > panel.center().y());
        second.find<QAction>(QStringLiteral("action.legend.outside"))->trigger();
        CHECK(second.window.close());
    }
    {
        Window third;
        CHECK(third.plot()->legendPlacement() == rx::LegendPlacement::Outside);
    }
    // Nonsense in the settings: the best place.
    QSettings().setValue(QStringLiteral("view/legend"), QStringLiteral("upper-middle\n"));
    {
        Window fourth;
        CHECK(fourth.plot()->legendPlacement() == rx::LegendPlacement::Best);
    }
    QSettings().clear();
}

TEST_CASE("a session file dropped on the window opens, other files are not taken", "[ui][session]")
{
    Window w;
    Reported reported(w.window);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dropped.reluexp"));
    write(path, QByteArray::fromStdString(rx::sessionToJson(lectureState())));
    auto drop = [&](const QString &file, QEvent::Type type) {
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(file)});
        if (type == QEvent::DragEnter) {
            QDragEnterEvent event(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(&w.window, &event);
            return event.isAccepted();
        }
        QDropEvent event(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w.window, &event);
        return event.isAccepted();
    };
    CHECK_FALSE(drop(dir.filePath(QStringLiteral("picture.png")), QEvent::DragEnter));
    CHECK(drop(path, QEvent::DragEnter));
    CHECK(drop(path, QEvent::Drop));
    CHECK(w.window.state() == lectureState());
    CHECK(w.window.session()->filePath() == QFileInfo(path).absoluteFilePath());
}

TEST_CASE("a session file over the size limit is refused naming the limit, in the window's language",
          "[ui][session]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.reluexp"));
    write(path, QByteArray(maxSessionFileBytes + 1, ' '));
    CHECK(QString::fromStdString(readSessionFile(path).error) ==
          path + QStringLiteral(" is too large for a session file (over 1 MiB)"));
    REQUIRE(language::install(QString::fromLatin1(language::chinese)));
    const QString chinese = QString::fromStdString(readSessionFile(path).error);
    language::install(QString::fromLatin1(language::english));
    CHECK(chinese == path + QStringLiteral(" 太大，不是会话文件（超过 1 MiB）"));
}
