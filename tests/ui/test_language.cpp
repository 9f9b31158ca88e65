// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QXmlStreamReader>

#include "cataloguetext.h"
#include "language.h"
#include "uitest.h"

namespace {

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

// Types text into the spin box and presses Enter; returns what the window says about it.
QString refusalFor(Window &w, const QString &spin, const QString &text)
{
    auto *box = w.find<QAbstractSpinBox>(spin);
    box->setFocus();
    QTest::keyClick(box, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(box, text);
    QTest::keyClick(box, Qt::Key_Return);
    return w.window.statusBar()->currentMessage();
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

TEST_CASE("a refused typed value is worded in the window's language and names the parameter as shown",
          "[ui][language]")
{
    const QString weight = QStringLiteral("param.prelu.weight.spin");
    {
        Window w;
        CHECK(refusalFor(w, weight, QStringLiteral("abc")) ==
              QStringLiteral("PReLU weight: 'abc' is not a number"));
        CHECK(refusalFor(w, weight, QStringLiteral("1e999")) ==
              QStringLiteral(
                  "PReLU weight: '1e999' is out of range; give a finite number from -1000000 to 1000000"));
        CHECK(w.parameter("prelu", 0) == 0.25);
    }
    LanguageGuard chinese(language::chinese);
    Window w;
    const QString notANumber = refusalFor(w, weight, QStringLiteral("abc"));
    CHECK(hasChinese(notANumber));
    CHECK_FALSE(notANumber.contains(QStringLiteral("prelu.weight")));
    const QString who = fromTs(QStringLiteral("ParameterSpinBox"), QStringLiteral("%1 %2"))
                            .text.arg(QStringLiteral("PReLU"), QStringLiteral("weight"));
    CHECK(notANumber == fromTs(QStringLiteral("ParameterSpinBox"), QStringLiteral("%1: '%2' is not a number"))
                            .text.arg(who, QStringLiteral("abc")));
    const QString outOfRange = refusalFor(w, weight, QStringLiteral("-2e6"));
    CHECK(hasChinese(outOfRange));
    CHECK(outOfRange.contains(QStringLiteral("-2e6")));
    CHECK(outOfRange.contains(QStringLiteral("1000000")));
    CHECK(w.parameter("prelu", 0) == 0.25);
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
