// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include <QAccessible>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QXmlStreamReader>

#include "ui/cataloguetext.h"
#include "ui/language.h"
#include "uitest.h"

namespace {

bool hasChinese(const QString &text)
{
    for (const QChar c : text)
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            return true;
    return false;
}

struct Translation
{
    QString text;
    bool finished = false;
};

// The translation of source in context as the .ts file in the source tree has it.
Translation fromTs(const QString &context, const QString &source)
{
    QFile file(QStringLiteral(RX_SOURCE_DIR "/resources/translations/relu-explorer_zh_CN.ts"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString currentContext, currentSource;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            currentContext = xml.readElementText();
        else if (xml.name() == QLatin1String("source"))
            currentSource = xml.readElementText();
        else if (xml.name() == QLatin1String("translation") && currentContext == context &&
                 currentSource == source) {
            const bool unfinished =
                xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            return {xml.readElementText(), !unfinished};
        }
    }
    return {};
}

// Installs a language for one test and English again after it, as the other tests expect.
struct LanguageGuard
{
    explicit LanguageGuard(const char *language)
    {
        REQUIRE(language::install(QString::fromLatin1(language)));
    }
    ~LanguageGuard() { language::install(QString::fromLatin1(language::english)); }
};

QString fileMenuTitle(MainWindow &window)
{
    return window.menuBar()->actions().value(0)->text();
}

} // namespace

TEST_CASE("in zh_CN the window shows the Chinese of the .ts file, in English the English", "[ui][language]")
{
    const rx::Activation &relu = *rx::findActivation("relu");
    {
        LanguageGuard chinese(language::chinese);
        Window w;
        CHECK(fileMenuTitle(w.window) == fromTs(QStringLiteral("MainWindow"), QStringLiteral("&File")).text);
        CHECK(hasChinese(fileMenuTitle(w.window)));
        rx::ExplorerState state = w.window.state();
        state.selected = "relu";
        w.window.setState(state);
        const QString explanation = w.find<QLabel>(QStringLiteral("info.explanation"))->text();
        CHECK(hasChinese(explanation));
        CHECK(explanation ==
              fromTs(QStringLiteral("catalogue"), QString::fromStdString(relu.explanation)).text);
        const QString tip = w.find<QWidget>(QStringLiteral("param.prelu.weight.slider"))->toolTip();
        CHECK(hasChinese(tip));
        state.family = {true, "prelu", "weight", 0, 0.5, 3}; // the plot's title and legend are words
        w.window.setState(state);
        CHECK(hasChinese(w.plot()->title()));
        state.family.enabled = false;
        state.showDefaultGhost = true;
        rx::setParameter(state, *rx::findActivation("prelu"), 0, 0.1);
        w.window.setState(state);
        CHECK(w.plot()->legendEntries().contains(
            fromTs(QStringLiteral("PlotView"), QStringLiteral("%1 (PyTorch default)"))
                .text.arg(QStringLiteral("PReLU"))));
    }
    Window w;
    CHECK(fileMenuTitle(w.window) == QStringLiteral("&File"));
    rx::ExplorerState state = w.window.state();
    state.selected = "relu";
    w.window.setState(state);
    CHECK(w.find<QLabel>(QStringLiteral("info.explanation"))->text() ==
          QString::fromStdString(relu.explanation));
    state.family = {true, "prelu", "weight", 0, 0.5, 3};
    w.window.setState(state);
    CHECK(w.plot()->title() == QStringLiteral("PReLU for weight from 0 to 0.5"));
}

TEST_CASE("the language follows the system unless chosen", "[ui][language]")
{
    const QLocale china(QLocale::Chinese, QLocale::China);
    const QLocale taiwan(QLocale::Chinese, QLocale::TraditionalChineseScript, QLocale::Taiwan);
    const QLocale germany(QLocale::German, QLocale::Germany);
    CHECK(language::resolve({}, china) == QStringLiteral("zh_CN"));
    CHECK(language::resolve({}, taiwan) == QStringLiteral("zh_CN"));
    CHECK(language::resolve({}, germany) == QStringLiteral("en"));
    CHECK(language::resolve(QStringLiteral("en"), china) == QStringLiteral("en"));
    CHECK(language::resolve(QStringLiteral("zh_CN"), germany) == QStringLiteral("zh_CN"));
    CHECK(language::resolve(QStringLiteral("fr"), germany) == QStringLiteral("en"));
}

TEST_CASE("View > Language stores the choice and says it applies at the next start", "[ui][language]")
{
    Window w;
    auto *chinese = w.find<QAction>(QStringLiteral("action.language.zh_CN"));
    CHECK(chinese->text() == QStringLiteral("简体中文"));
    CHECK(w.find<QAction>(QStringLiteral("action.languageSystem"))->isChecked());
    chinese->trigger();
    CHECK(chinese->isChecked());
    CHECK(QSettings().value(QStringLiteral("ui/language")).toString() == QStringLiteral("zh_CN"));
    auto *message = w.find<QMessageBox>(QStringLiteral("languageMessage"));
    CHECK(message->text().contains(QStringLiteral("next time")));
    CHECK(hasChinese(message->text())); // also said in the language chosen
    message->close();
    w.find<QAction>(QStringLiteral("action.languageSystem"))->trigger();
    CHECK(QSettings().value(QStringLiteral("ui/language")).toString().isEmpty());
}

// Every core string that ui/cataloguestrings.cpp lists has a finished Chinese translation, and the
// test "catalogue strings for translation match the catalogue" (tests/ui/CMakeLists.txt) fails while
// that list is older than the catalogue. After changing the catalogue, run `cmake --build BUILD
// --target update_translations` (regenerates cataloguestrings.cpp and the .ts), translate the new
// entries in Qt Linguist or the .ts, and both pass again.
TEST_CASE("every catalogue string listed for translation has Chinese", "[ui][language]")
{
    LanguageGuard chinese(language::chinese);
    REQUIRE(catalogueSourceStrings().size() > 50);
    int withWords = 0;
    for (const char *source : catalogueSourceStrings()) {
        INFO(source);
        const Translation t = fromTs(QStringLiteral("catalogue"), QString::fromUtf8(source));
        CHECK(t.finished);
        CHECK(catalogueText(source) == t.text);
        withWords += hasChinese(t.text);
    }
    CHECK(withWords > 40); // formulas such as relu(x) = max(0, x) stay as they are
}

TEST_CASE("in zh_CN screen readers read the formula in Chinese words", "[ui][language]")
{
    LanguageGuard chinese(language::chinese);
    Window w;
    rx::ExplorerState state = w.window.state();
    state.selected = "elu";
    w.window.setState(state);
    QAccessibleInterface *formula =
        QAccessible::queryAccessibleInterface(w.find<QLabel>(QStringLiteral("info.formula")));
    REQUIRE(formula);
    const QString spoken = formula->text(QAccessible::Name);
    CHECK(hasChinese(spoken));
    CHECK(spoken == fromTs(QStringLiteral("catalogue"),
                           QString::fromStdString(rx::findActivation("elu")->formulaSpoken))
                        .text);
    CHECK_FALSE(spoken.contains(QLatin1Char('<')));
}
