// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include <QAbstractSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QToolButton>

#include "reluexplorer/session.h"
#include "language.h"
#include "parametereditor.h"
#include "parameterspinbox.h"
#include "rangedialog.h"
#include "sessioncontroller.h"
#include "uitest.h"

namespace {

// A default locale for the widgets made while it lives (QLocale::setDefault), the previous one after.
struct LocaleGuard
{
    QLocale previous;
    explicit LocaleGuard(const QLocale &locale) { QLocale::setDefault(locale); }
    ~LocaleGuard() { QLocale::setDefault(previous); }
};

struct ChineseGuard
{
    ChineseGuard() { REQUIRE(language::install(QString::fromLatin1(language::chinese))); }
    ~ChineseGuard() { language::install(QString::fromLatin1(language::english)); }
};

ParameterSpinBox *weightSpin(Window &w)
{
    return w.find<ParameterSpinBox>(QStringLiteral("param.prelu.weight.spin"));
}

// Pixels of the box's frame that are clearly red.
int redPixels(QWidget *box)
{
    const QImage image = box->grab().toImage();
    int red = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x : {0, 1, 2, image.width() - 3, image.width() - 2, image.width() - 1}) {
            const QColor c = image.pixelColor(x, y);
            red += c.red() > 150 && c.green() < 90 && c.blue() < 90;
        }
    return red;
}

} // namespace

TEST_CASE("a German or French parameter box takes the decimal comma and the period", "[ui][input]")
{
    for (const QLocale &locale :
         {QLocale(QLocale::German, QLocale::Germany), QLocale(QLocale::French, QLocale::France)}) {
        LocaleGuard guard(locale);
        INFO(locale.name().toStdString());
        Window w;
        typeInto(weightSpin(w), QStringLiteral("0,3"));
        CHECK(w.parameter("prelu", 0) == 0.3);
        CHECK(weightSpin(w)->refusal().isEmpty());
        typeInto(weightSpin(w), QStringLiteral("0.35"));
        CHECK(w.parameter("prelu", 0) == 0.35);
        typeInto(weightSpin(w), QStringLiteral("-0,05"));
        CHECK(w.parameter("prelu", 0) == -0.05);
    }
}

TEST_CASE("in English '0,3' is refused in place, naming the parameter, and the value is kept", "[ui][input]")
{
    LocaleGuard guard(QLocale(QLocale::English, QLocale::UnitedStates));
    Window w;
    ParameterSpinBox *spin = weightSpin(w);
    const QString tip = spin->toolTip();
    const QString description = spin->accessibleDescription();
    CHECK(redPixels(spin) == 0);
    QSignalSpy changed(&w.window, &MainWindow::stateChanged);
    typeInto(spin, QStringLiteral("0,3"));
    CHECK(w.parameter("prelu", 0) == 0.25); // not 3, not 0.3
    CHECK(changed.count() == 0);
    CHECK(spin->findChild<QLineEdit *>()->text() == QStringLiteral("0.25"));
    const QString reason = spin->refusal();
    CHECK(reason.contains(QStringLiteral("PReLU weight")));
    CHECK_FALSE(reason.contains(QStringLiteral("prelu.weight")));
    CHECK(reason.contains(QStringLiteral("'0,3'")));
    CHECK(reason.contains(QStringLiteral("period")));
    CHECK(spin->toolTip() == reason);
    CHECK(spin->accessibleDescription() == reason); // what a screen reader says
    CHECK(redPixels(spin) > 10);

    typeInto(spin, QStringLiteral("abc"));
    CHECK(spin->refusal().contains(QStringLiteral("'abc' is not a number")));
    CHECK(w.parameter("prelu", 0) == 0.25);

    // Typing again clears the frame; an accepted value brings the usual tool tip back.
    spin->setFocus();
    QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(spin, QStringLiteral("0.3"));
    CHECK(spin->refusal().isEmpty());
    QTest::keyClick(spin, Qt::Key_Return);
    CHECK(w.parameter("prelu", 0) == 0.3);
    CHECK(spin->toolTip() == tip);
    CHECK(spin->accessibleDescription() == description);
    CHECK(redPixels(spin) == 0);
}

TEST_CASE("a refused value's reason is in the window's language", "[ui][input][language]")
{
    ChineseGuard chinese;
    LocaleGuard guard(QLocale(QLocale::English, QLocale::UnitedStates));
    Window w;
    ParameterSpinBox *spin = weightSpin(w);
    typeInto(spin, QStringLiteral("abc"));
    CHECK(w.parameter("prelu", 0) == 0.25);
    const QString reason = spin->refusal();
    INFO(reason.toStdString());
    CHECK(reason.contains(QStringLiteral("不是数字")));
    CHECK(reason.contains(QStringLiteral("PReLU weight")));
    CHECK_FALSE(reason.contains(QStringLiteral("is not a number")));
    CHECK(spin->toolTip() == reason);
    typeInto(spin, QStringLiteral("0,3"));
    CHECK(spin->refusal().contains(QStringLiteral("小数点")));
    typeInto(spin, QStringLiteral("5e6"));
    CHECK(spin->refusal().contains(QStringLiteral("超出范围")));
}

TEST_CASE("a slider's range is the user's to choose, and follows a value typed beyond it",
          "[ui][input][ranges]")
{
    Window w; // PReLU weight: slider from -0.5 to 1 in steps of 0.01
    auto *editor = w.find<ParameterEditor>(QStringLiteral("param.prelu.weight.editor"));
    auto *slider = w.find<QSlider>(QStringLiteral("param.prelu.weight.slider"));
    CHECK(editor->sliderMinimum() == -0.5);
    CHECK(editor->sliderMaximum() == 1);

    // Typed beyond the end: the range follows, and one Left moves one step, not back into [-0.5, 1].
    typeInto(weightSpin(w), QStringLiteral("2"));
    CHECK(w.parameter("prelu", 0) == 2);
    CHECK(editor->sliderMaximum() == 2);
    CHECK(slider->value() == slider->maximum());
    const rx::Activation &prelu = *rx::findActivation("prelu");
    CHECK(rx::sliderRangeOf(w.window.state(), prelu, 0) == rx::SliderRange{-0.5, 2});
    slider->setFocus();
    QTest::keyClick(slider, Qt::Key_Left);
    CHECK(w.parameter("prelu", 0) == 1.99);

    // The Range button opens min and max fields.
    QTest::mouseClick(w.find<QToolButton>(QStringLiteral("param.prelu.weight.range")), Qt::LeftButton);
    auto *dialog = w.find<RangeDialog>(QStringLiteral("rangeDialog"));
    REQUIRE(dialog->isVisible());
    auto *min = w.find<QLineEdit>(QStringLiteral("rangeDialog.min"));
    auto *max = w.find<QLineEdit>(QStringLiteral("rangeDialog.max"));
    CHECK(min->text() == QStringLiteral("-0.5"));
    CHECK(max->text() == QStringLiteral("2"));
    typeInto(max, QStringLiteral("-1")); // refused: the dialog stays, saying why
    CHECK(dialog->isVisible());
    auto *problem = w.find<QLabel>(QStringLiteral("rangeDialog.problem"));
    CHECK(problem->isVisibleTo(dialog));
    CHECK(problem->text().contains(QStringLiteral("below")));
    typeInto(max, QStringLiteral("abc"));
    CHECK(problem->text().contains(QStringLiteral("'abc' is not a number")));
    CHECK(rx::sliderRangeOf(w.window.state(), prelu, 0) == rx::SliderRange{-0.5, 2});
    min->setFocus();
    QTest::keyClick(min, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(min, QStringLiteral("-1"));
    typeInto(max, QStringLiteral("3"));
    w.settle();
    CHECK(rx::sliderRangeOf(w.window.state(), prelu, 0) == rx::SliderRange{-1, 3});
    CHECK(editor->sliderMinimum() == -1);
    CHECK(editor->sliderMaximum() == 3);
    CHECK(slider->maximum() == 400);
    CHECK(w.parameter("prelu", 0) == 1.99); // the value stays
    slider->setFocus();
    QTest::keyClick(slider, Qt::Key_End);
    CHECK(w.parameter("prelu", 0) == 3);

    // A range change is one undo step.
    w.window.activateWindow(); // back from the dialog
    REQUIRE(QTest::qWaitForWindowActive(&w.window));
    QTest::keyClick(slider, Qt::Key_Z, Qt::ControlModifier);
    QTest::keyClick(slider, Qt::Key_Z, Qt::ControlModifier);
    CHECK(rx::sliderRangeOf(w.window.state(), prelu, 0) == rx::SliderRange{-0.5, 2});
}

TEST_CASE("slider ranges are saved in session files and share tokens", "[ui][ranges][session]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ranges.reluexp"));
    QString token;
    {
        Window w;
        typeInto(weightSpin(w), QStringLiteral("4.5"));
        REQUIRE(w.window.session()->saveToPath(path));
        token = QString::fromStdString(rx::stateToToken(w.window.state()));
    }
    for (const bool fromToken : {false, true}) {
        Window w;
        w.window.session()->setSavePrompt([](const QString &) { return QMessageBox::Discard; });
        REQUIRE((fromToken ? w.window.session()->applyToken(token) : w.window.session()->openPath(path)));
        auto *editor = w.find<ParameterEditor>(QStringLiteral("param.prelu.weight.editor"));
        CHECK(editor->sliderMaximum() == 4.5);
        CHECK(rx::sliderRangeOf(w.window.state(), *rx::findActivation("prelu"), 0) ==
              rx::SliderRange{-0.5, 4.5});
    }
}
