// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include <map>

#include <QAction>
#include <QClipboard>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStatusBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>

#include "reluexplorer/figure.h"
#include "reluexplorer/session.h"
#include "reluexplorer/view.h"
#include "coremessage.h"
#include "language.h"
#include "sessioncontroller.h"
#include "uitest.h"

namespace {

struct LanguageGuard
{
    explicit LanguageGuard(const char *language)
    {
        REQUIRE(language::install(QString::fromLatin1(language)));
    }
    ~LanguageGuard() { language::install(QString::fromLatin1(language::english)); }
};

// The rows of the shortcuts table the filter leaves visible: action, keys, where.
QList<QStringList> visibleRows(QTreeWidget *table)
{
    QList<QStringList> rows;
    for (int i = 0; i < table->topLevelItemCount(); ++i)
        if (const QTreeWidgetItem *item = table->topLevelItem(i); !item->isHidden())
            rows << QStringList{item->text(0), item->text(1), item->text(2)};
    return rows;
}

bool hasRow(const QList<QStringList> &rows, const QString &action, const QString &keys)
{
    for (const QStringList &row : rows)
        if (row[0] == action && row[1].split(QStringLiteral(", ")).contains(keys))
            return true;
    return false;
}

// The accelerator of a label as the user sees it: the letter after a single '&' ("导数(&D)" gives
// 'd'); 0 when there is none.
QChar accelerator(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text[i + 1].toLower();
    }
    return QChar();
}

// Fails on two visible entries of one menu (or menu bar) with the same accelerator; walks submenus.
void checkMenu(const QString &where, const QList<QAction *> &actions)
{
    std::map<QChar, QString> used;
    for (QAction *action : actions) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        const QChar key = accelerator(action->text());
        if (!key.isNull()) {
            const auto earlier = used.find(key);
            INFO(
                where.toStdString() << ": '" << action->text().toStdString() << "' and '"
                                    << (earlier == used.end() ? std::string() : earlier->second.toStdString())
                                    << "' share &" << QString(key).toStdString());
            CHECK(earlier == used.end());
            used.emplace(key, action->text());
        }
        if (QMenu *sub = action->menu())
            checkMenu(where + QStringLiteral(" > ") + action->text(), sub->actions());
    }
}

void checkAccelerators(MainWindow &window)
{
    const QList<QAction *> bar = window.menuBar()->actions();
    REQUIRE(bar.size() >= 4);
    checkMenu(QStringLiteral("menu bar"), bar);
    // A tool button shows its action's text without '&': a translation's "(&D)" must not leave "(D)".
    const QList<QToolBar *> toolbars = window.findChildren<QToolBar *>();
    REQUIRE(!toolbars.isEmpty());
    int buttons = 0;
    for (QToolBar *toolbar : toolbars) {
        std::map<QString, int> texts;
        for (QAction *action : toolbar->actions()) {
            auto *button = qobject_cast<QToolButton *>(toolbar->widgetForAction(action));
            if (!button || action->isSeparator())
                continue;
            ++buttons;
            const QString text = button->text();
            INFO(toolbar->objectName().toStdString() << ": " << text.toStdString());
            CHECK_FALSE(text.contains(QRegularExpression(QStringLiteral("[(（][A-Za-z][)）]"))));
            CHECK(accelerator(text).isNull());
            CHECK(++texts[text] == 1);
        }
    }
    CHECK(buttons >= 6);
}

} // namespace

TEST_CASE("F1 and Ctrl+/ list every shortcut of the window's actions, searchable", "[ui][help]")
{
    Window w;
    QTest::keyClick(&w.window, Qt::Key_F1);
    auto *table = w.find<QTreeWidget>(QStringLiteral("shortcuts.table"));
    REQUIRE(table->isVisible());
    QList<QStringList> rows = visibleRows(table);
    CHECK(hasRow(rows, QStringLiteral("Derivatives"), QStringLiteral("Ctrl+D")));
    CHECK(hasRow(rows, QStringLiteral("Negative side"), QStringLiteral("Ctrl+3")));
    CHECK(hasRow(rows, QStringLiteral("Presentation"), QStringLiteral("F5")));
    CHECK(hasRow(rows, QStringLiteral("Keyboard shortcuts"), QStringLiteral("F1")));
    CHECK(hasRow(rows, QStringLiteral("Keyboard shortcuts"), QStringLiteral("Ctrl+/")));
    // Every key an action of the window has is listed with it.
    int actions = 0;
    for (const QAction *action : w.window.findChildren<QAction *>()) {
        for (const QKeySequence &key : action->shortcuts()) {
            INFO(action->objectName().toStdString() << " " << key.toString().toStdString());
            bool listed = false;
            for (const QStringList &row : rows)
                listed = listed ||
                         row[1].split(QStringLiteral(", ")).contains(key.toString(QKeySequence::NativeText));
            CHECK(listed);
            ++actions;
        }
    }
    CHECK(actions >= 20);
    for (const QStringList &row : rows)
        if (row[0] == QStringLiteral("Derivatives"))
            CHECK(row[2] == QStringLiteral("View"));

    // Search: the rows that mention the text, by name or by key.
    auto *search = w.find<QLineEdit>(QStringLiteral("shortcuts.search"));
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("zero"));
    rows = visibleRows(table);
    REQUIRE(!rows.isEmpty());
    CHECK(hasRow(rows, QStringLiteral("Zero gradient"), QStringLiteral("Ctrl+H")));
    for (const QStringList &row : rows)
        CHECK(row.join(QLatin1Char(' ')).contains(QStringLiteral("zero"), Qt::CaseInsensitive));
    QTest::keyClick(search, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(search, QStringLiteral("ctrl+3"));
    rows = visibleRows(table);
    REQUIRE(rows.size() == 1);
    CHECK(rows.front()[0] == QStringLiteral("Negative side"));

    // Built from the window's actions when shown: an action added later is there the next time.
    table->window()->close();
    auto *added = new QAction(QStringLiteral("&Something new"), &w.window);
    added->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+F12")));
    w.window.addAction(added);
    w.window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&w.window));
    QTest::keyClick(&w.window, Qt::Key_Slash, Qt::ControlModifier);
    REQUIRE(table->isVisible());
    QTest::keyClick(search, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(search, Qt::Key_Delete);
    CHECK(hasRow(visibleRows(table), QStringLiteral("Something new"), QStringLiteral("Ctrl+Shift+F12")));
    table->window()->close();
}

TEST_CASE("the shortcuts list and the manual are in Chinese in a Chinese window", "[ui][help]")
{
    LanguageGuard chinese(language::chinese);
    Window w;
    QTest::keyClick(&w.window, Qt::Key_F1);
    auto *table = w.find<QTreeWidget>(QStringLiteral("shortcuts.table"));
    REQUIRE(table->isVisible());
    CHECK(hasChinese(table->window()->windowTitle()));
    bool derivatives = false;
    for (const QStringList &row : visibleRows(table))
        derivatives = derivatives || (row[0] == QStringLiteral("导数") && row[1] == QStringLiteral("Ctrl+D"));
    CHECK(derivatives); // the name without the translation's "(&D)"
    table->window()->close();

    w.find<QAction>(QStringLiteral("action.manual"))->trigger();
    auto *browser = w.find<QTextBrowser>(QStringLiteral("manual.browser"));
    REQUIRE(browser->isVisible());
    const QString text = browser->toPlainText();
    for (const char *section : {"窗口", "鼠标", "按键", "预设视图", "图像", "会话", "命令行"})
        CHECK(text.contains(QString::fromUtf8(section)));
    CHECK_FALSE(text.contains(QStringLiteral("Mouse")));
    browser->window()->close();
}

TEST_CASE("Help > User manual covers the window, and the mouse hint has its own entry", "[ui][help]")
{
    Window w;
    const QList<QAction *> help = w.window.menuBar()->actions().last()->menu()->actions();
    QStringList entries;
    for (const QAction *action : help)
        entries << action->text();
    CHECK(entries.contains(QStringLiteral("&Keyboard shortcuts")));
    CHECK(entries.contains(QStringLiteral("&User manual")));
    CHECK(entries.contains(QStringLiteral("&Mouse and keyboard")));

    w.find<QAction>(QStringLiteral("action.manual"))->trigger();
    auto *browser = w.find<QTextBrowser>(QStringLiteral("manual.browser"));
    REQUIRE(browser->isVisible());
    const QString text = browser->toPlainText();
    for (const char *topic : {"The window", "Mouse", "Keys", "Presets", "Figures", "Sessions", "Command line",
                              "Shift+drag", "Ctrl+3", "relu-explorer export", ".reluexp"})
        CHECK(text.contains(QString::fromUtf8(topic)));
    CHECK(browser->verticalScrollBar()->value() == 0);
    browser->window()->close();

    // The gestures' entry opens the manual at its Mouse section.
    w.find<QAction>(QStringLiteral("action.gestures"))->trigger();
    QApplication::processEvents();
    REQUIRE(browser->isVisible());
    CHECK(browser->verticalScrollBar()->value() > 0);
    const QTextCursor top = browser->cursorForPosition(QPoint(4, 4));
    CHECK(top.block().text().contains(QStringLiteral("Mouse")));
    browser->window()->close();
}

TEST_CASE("accelerators are unique in every menu, the menu bar and the toolbars, in both languages",
          "[ui][help][language]")
{
    SECTION("English")
    {
        Window w;
        checkAccelerators(w.window);
    }
    SECTION("Chinese")
    {
        LanguageGuard chinese(language::chinese);
        Window w;
        checkAccelerators(w.window);
    }
}

TEST_CASE("messages the core words are shown in the window's language", "[ui][help][language]")
{
    // Each of the core's sentences, as the core writes it now, is known and translated.
    rx::FigureOptions big;
    big.width = 100000;
    rx::FigureOptions clear;
    clear.transparent = true;
    clear.format = rx::FigureFormat::Jpeg;
    const std::string messages[] = {
        rx::rangeProblem(std::nan(""), 1),
        rx::rangeProblem(-1e13, 1),
        rx::rangeProblem(2, 1),
        rx::rangeProblem(1, 1 + 1e-13),
        rx::figureProblem(big),
        rx::figureProblem(clear),
        rx::sessionFromJson("{").error,
        rx::sessionFromJson("[]").error,
        rx::sessionFromJson("{}").error,
        rx::stateFromToken("hello").error,
        rx::stateFromToken("relu1:!").error,
    };
    {
        LanguageGuard chinese(language::chinese);
        for (const std::string &message : messages) {
            INFO(message);
            REQUIRE(!message.empty());
            CHECK(hasChinese(coreMessage(message)));
        }
        // The variable parts stay as they are, in the translation's place for them.
        CHECK(coreMessage(rx::figureProblem(big)).contains(QStringLiteral("100000")));
    }
    for (const std::string &message : messages)
        CHECK(coreMessage(message) == QString::fromStdString(message));
    CHECK(coreMessage(std::string("something else")) == QStringLiteral("something else"));
    CHECK(coreMessage(std::string("the state token is damaged: %2 %1")) ==
          QStringLiteral("the state token is damaged: %2 %1"));
}

TEST_CASE("a refused zoom and a refused pasted state are said in Chinese", "[ui][help][language]")
{
    LanguageGuard chinese(language::chinese);
    Window w;
    QStringList reports;
    w.window.session()->setReporter([&reports](const QString &, const QString &text) { reports << text; });

    // Zoom in with + until the view would become too narrow to show.
    QWidget *plot = w.plotSurface();
    plot->setFocus();
    for (int i = 0; i < 200; ++i)
        QTest::keyClick(plot, Qt::Key_Plus);
    const QString refused = w.window.statusBar()->currentMessage();
    INFO(refused.toStdString());
    REQUIRE(!refused.isEmpty());
    CHECK(hasChinese(refused));
    CHECK_FALSE(refused.contains(QStringLiteral("range")));

    QApplication::clipboard()->setText(QStringLiteral("relu1:!!"));
    w.find<QAction>(QStringLiteral("action.pasteState"))->trigger();
    REQUIRE(reports.size() == 1);
    INFO(reports.front().toStdString());
    CHECK(hasChinese(reports.front()));
    CHECK_FALSE(reports.front().contains(QStringLiteral("the state token")));
}
