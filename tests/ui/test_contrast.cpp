// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include <vector>

#include <QAbstractSpinBox>
#include <QImage>
#include <QPalette>
#include <QSlider>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleOptionSlider>
#include <QGroupBox>
#include <QIcon>
#include <QPainter>

#include "reluexplorer/parameters.h"
#include "apptheme.h"
#include "contraststyle.h"
#include "functionlist.h"
#include "plottheme.h"
#include "uitest.h"

namespace {

// WCAG AA: text 4.5:1, lines and control outlines 3:1.
constexpr double textRatio = 4.5;
constexpr double lineRatio = 3.0;

// a drawn with its alpha over the opaque ground, computed here from the channels.
QColor over(const QColor &a, const QColor &ground)
{
    const double t = a.alphaF();
    return QColor::fromRgbF(static_cast<float>(ground.redF() * (1 - t) + a.redF() * t),
                            static_cast<float>(ground.greenF() * (1 - t) + a.greenF() * t),
                            static_cast<float>(ground.blueF() * (1 - t) + a.blueF() * t));
}

// The highest contrast any pixel of image inside area has with ground.
double strongestContrast(const QImage &image, const QRect &area, const QColor &ground)
{
    double best = 1;
    const QRect r = area.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x)
            best = std::max(best, contrast(image.pixelColor(x, y), ground));
    return best;
}

// The widget as it draws itself, at one device pixel per logical pixel.
QImage picture(QWidget *widget)
{
    return widget->grab().toImage().scaled(widget->size());
}

std::string themeName(ThemeChoice theme)
{
    return theme == ThemeChoice::Dark ? "dark" : "light";
}

} // namespace

TEST_CASE("the window's palette has AA contrast for text and 3:1 control outlines in both themes",
          "[ui][contrast]")
{
    const ThemeChoice theme = GENERATE(ThemeChoice::Light, ThemeChoice::Dark);
    INFO(themeName(theme));
    Window w;
    w.window.setThemeChoice(theme);
    const QPalette p = QApplication::palette();
    const struct
    {
        QPalette::ColorRole text;
        QPalette::ColorRole ground;
    } pairs[] = {{QPalette::WindowText, QPalette::Window},
                 {QPalette::Text, QPalette::Base},
                 {QPalette::Text, QPalette::AlternateBase},
                 {QPalette::ButtonText, QPalette::Button},
                 {QPalette::HighlightedText, QPalette::Highlight},
                 {QPalette::ToolTipText, QPalette::ToolTipBase},
                 {QPalette::PlaceholderText, QPalette::Base},
                 {QPalette::Link, QPalette::Base},
                 {QPalette::Mid, QPalette::Window}}; // Mid: the parameters' symbols
    for (const auto &[text, ground] : pairs) {
        INFO("roles " << text << " on " << ground);
        CHECK(contrast(p.color(text), p.color(ground)) >= textRatio);
    }
    const QColor outline = ContrastStyle::outlineColour(p);
    for (const QPalette::ColorRole ground : {QPalette::Base, QPalette::Window, QPalette::Button})
        CHECK(contrast(outline, p.color(ground)) >= lineRatio);
    CHECK((p.color(QPalette::Window).lightnessF() < 0.5) == (theme == ThemeChoice::Dark));
}

TEST_CASE("the outline colour follows each palette it is asked for, in any order", "[ui][contrast]")
{
    // Ten palettes from black on white to white on black, asked twice in turn, and then backwards: each
    // answer must be the one for its own palette (the answers are remembered for a few palettes).
    std::vector<QPalette> palettes;
    for (int i = 0; i < 10; ++i) {
        const int ground = 255 - i * 25;
        const int text = ground > 128 ? 0 : 255;
        QPalette p;
        p.setColor(QPalette::Base, QColor(ground, ground, ground));
        p.setColor(QPalette::Window, QColor(ground, ground, qBound(0, ground - 8, 255)));
        p.setColor(QPalette::Button, QColor(ground, qBound(0, ground - 4, 255), ground));
        p.setColor(QPalette::Text, QColor(text, text, text));
        palettes.push_back(p);
    }
    std::vector<QColor> first;
    for (const QPalette &p : palettes)
        first.push_back(ContrastStyle::outlineColour(p));
    for (int round = 0; round < 2; ++round)
        for (std::size_t i = 0; i < palettes.size(); ++i) {
            const std::size_t k = round == 0 ? i : palettes.size() - 1 - i;
            INFO("palette " << k << ", round " << round);
            const QColor outline = ContrastStyle::outlineColour(palettes[k]);
            CHECK(outline == first[k]);
            for (const QPalette::ColorRole ground : {QPalette::Base, QPalette::Window, QPalette::Button})
                CHECK(contrast(outline, palettes[k].color(ground)) >= lineRatio);
        }
    CHECK(first.front() != first.back()); // dark outlines on white, light ones on black
}

TEST_CASE("a poor platform palette is raised to AA contrast", "[ui][contrast]")
{
    QPalette poor;
    poor.setColor(QPalette::Window, QColor(0xEF, 0xEF, 0xEF));
    poor.setColor(QPalette::WindowText, QColor(0x99, 0x99, 0x99));
    poor.setColor(QPalette::Base, Qt::white);
    poor.setColor(QPalette::Text, QColor(0xAA, 0xAA, 0xAA));
    poor.setColor(QPalette::Highlight, QColor(0x30, 0x8C, 0xC6)); // Fusion's: 3.6:1 under white
    poor.setColor(QPalette::HighlightedText, Qt::white);
    poor.setColor(QPalette::Mid, QColor(0xA0, 0xA0, 0xA0));
    const QPalette fixed = AppTheme::withContrast(poor);
    CHECK(contrast(fixed.color(QPalette::WindowText), fixed.color(QPalette::Window)) >= textRatio);
    CHECK(contrast(fixed.color(QPalette::Text), fixed.color(QPalette::Base)) >= textRatio);
    CHECK(contrast(fixed.color(QPalette::HighlightedText), fixed.color(QPalette::Highlight)) >= textRatio);
    CHECK(contrast(fixed.color(QPalette::Mid), fixed.color(QPalette::Window)) >= textRatio);
    CHECK(fixed.color(QPalette::HighlightedText) == QColor(Qt::white)); // the highlight darkens instead
    CHECK(fixed.color(QPalette::Base) == QColor(Qt::white));
    // Grounds are kept; only what is drawn on them moves.
    CHECK(AppTheme::withContrast(poor).color(QPalette::Window) == poor.color(QPalette::Window));
}

TEST_CASE("every curve the plot draws has 3:1 on its ground, for any number of functions, in both themes",
          "[ui][contrast]")
{
    const ThemeChoice theme = GENERATE(ThemeChoice::Light, ThemeChoice::Dark);
    INFO(themeName(theme));
    Window w;
    w.window.setThemeChoice(theme);
    const PlotTheme &t = w.plot()->theme();
    REQUIRE(t.isDark() == (theme == ThemeChoice::Dark));
    CHECK(contrast(t.foreground, t.background) >= textRatio); // ticks, labels, title, legend text
    CHECK(contrast(t.zeroLine, t.background) >= lineRatio);
    CHECK(contrast(t.crosshair, t.background) >= lineRatio);
    QColor legendGround = t.background; // the legend's box is the ground, slightly transparent
    legendGround.setAlpha(225);
    CHECK(contrast(t.foreground, over(legendGround, Qt::black)) >= textRatio);
    CHECK(contrast(t.foreground, over(legendGround, Qt::white)) >= textRatio);

    // Any number of functions: the palette's colours and the generated ones beyond it.
    const int count = static_cast<int>(rx::catalogue().size()) + 40;
    for (int i = 0; i < count; ++i) {
        INFO("function colour " << i);
        CHECK(contrast(t.colourFor(i), t.background) >= lineRatio);
        CHECK(contrast(over(t.faint(t.colourFor(i)), t.background), t.background) >= lineRatio);
    }
    // ReLU's blue is clearly visible, not at the edge.
    CHECK(contrast(t.colourFor(0), t.background) >= 4.5);

    // What the plot really draws: every function, its derivative and its ghost.
    rx::ExplorerState state = rx::defaultState();
    state.shown.clear();
    for (const rx::Activation &f : rx::catalogue()) {
        state.shown.push_back(f.id);
        std::vector<double> changed = f.defaultParameters();
        for (std::size_t k = 0; k < changed.size(); ++k)
            if (!f.parameters[k].isChoice())
                changed[k] += 0.2 * (f.parameters[k].sliderMax - f.parameters[k].sliderMin);
        if (rx::parameterProblem(f, changed).empty())
            state.parameters[f.id] = changed;
    }
    state.showDerivatives = true;
    state.showDefaultGhost = true;
    w.window.setState(state);
    w.settle();
    int ghosts = 0;
    for (const rx::Activation &f : rx::catalogue()) {
        for (const PlotView::Curve curve :
             {PlotView::Curve::Value, PlotView::Curve::Derivative, PlotView::Curve::Ghost}) {
            if (!w.plot()->isCurveVisible(f.id, curve) || w.plot()->curveData(f.id, curve).first.empty())
                continue;
            INFO(f.id << " curve " << static_cast<int>(curve));
            const QColor drawn = over(w.plot()->curvePen(f.id, curve).color(), t.background);
            CHECK(contrast(drawn, t.background) >= lineRatio);
            ghosts += curve == PlotView::Curve::Ghost;
        }
    }
    CHECK(ghosts >= 6); // the functions whose changed parameters are allowed together

    // A family's ramp, at every size.
    for (const int members : {2, 5, 12, 20}) {
        rx::ExplorerState family = rx::defaultState();
        family.family = {true, "prelu", "weight", -0.5, 1, static_cast<std::size_t>(members)};
        w.window.setState(family);
        w.settle();
        REQUIRE(w.plot()->familyCurveCount() == members);
        for (int i = 0; i < members; ++i) {
            INFO(members << " members, curve " << i);
            CHECK(contrast(over(w.plot()->familyCurvePen(i).color(), t.background), t.background) >=
                  lineRatio);
        }
    }
}

TEST_CASE("unchecked boxes, sliders and spin boxes are outlined at 3:1 in both themes", "[ui][contrast]")
{
    const ThemeChoice theme = GENERATE(ThemeChoice::Light, ThemeChoice::Dark);
    INFO(themeName(theme));
    Window w;
    w.window.setThemeChoice(theme);
    w.settle();
    const QPalette p = QApplication::palette();

    // An unchecked function in the list: its box, left of the swatch.
    auto *list = w.find<FunctionList>(QStringLiteral("functionList"));
    QTreeWidgetItem *elu = list->itemFor("elu");
    REQUIRE(elu->checkState(0) == Qt::Unchecked);
    list->setCurrentItem(list->itemFor("relu")); // not the highlighted row
    const QRect row = list->visualItemRect(elu);
    const int box = list->style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, list);
    const QImage listImage = picture(list->viewport());
    CHECK(strongestContrast(listImage, QRect(row.left(), row.top(), box + 6, row.height()),
                            p.color(QPalette::Base)) >= lineRatio);

    // PReLU's weight slider: its handle stands out from the window.
    auto *slider = w.find<QSlider>(QStringLiteral("param.prelu.weight.slider"));
    QStyleOptionSlider option;
    option.initFrom(slider);
    option.orientation = slider->orientation();
    option.minimum = slider->minimum();
    option.maximum = slider->maximum();
    option.sliderPosition = slider->sliderPosition();
    option.sliderValue = slider->value();
    option.subControls = QStyle::SC_All;
    const QRect handle =
        slider->style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, slider);
    REQUIRE(handle.isValid());
    const QImage sliderImage = picture(slider);
    CHECK(strongestContrast(sliderImage, handle, p.color(QPalette::Window)) >= lineRatio);
    // ...and so does its groove, away from the handle.
    const QRect groove =
        slider->style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderGroove, slider);
    const QRect besideHandle =
        handle.center().x() > groove.center().x()
            ? QRect(groove.left(), groove.top(), groove.width() / 4, groove.height())
            : QRect(groove.right() - groove.width() / 4, groove.top(), groove.width() / 4, groove.height());
    CHECK(strongestContrast(sliderImage, besideHandle, p.color(QPalette::Window)) >= lineRatio);

    // The weight's spin box: its frame, along the left edge.
    auto *spin = w.find<QAbstractSpinBox>(QStringLiteral("param.prelu.weight.spin"));
    const QImage spinImage = picture(spin);
    CHECK(strongestContrast(spinImage, QRect(0, spin->height() / 4, 3, spin->height() / 2),
                            p.color(QPalette::Window)) >= lineRatio);
}

TEST_CASE("group box frames and the tool bar extension arrow drawn by the style are Fusion's pixels",
          "[ui][contrast]")
{
    const ThemeChoice theme = GENERATE(ThemeChoice::Light, ThemeChoice::Dark);
    const qreal ratio = GENERATE(1.0, 2.0);
    INFO(themeName(theme) << ", device pixel ratio " << ratio);
    Window w;
    w.window.setThemeChoice(theme);
    const auto *style = qobject_cast<const ContrastStyle *>(QApplication::style());
    REQUIRE(style != nullptr);
    REQUIRE(style->baseStyle()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) == 0);

    // Titled, untitled, checkable: the frame starts below the title, or near the top without one.
    QGroupBox titled(QStringLiteral("Parameters"));
    QGroupBox untitled;
    QGroupBox checkable(QStringLiteral("Family of curves"));
    checkable.setCheckable(true);
    QGroupBox checkableUntitled;
    checkableUntitled.setCheckable(true);
    QGroupBox flat(QStringLiteral("Flat"));
    flat.setFlat(true);
    for (QGroupBox *box : {&titled, &untitled, &checkable, &checkableUntitled, &flat}) {
        INFO("title '" << box->title().toStdString() << "', checkable " << box->isCheckable() << ", flat "
                       << box->isFlat());
        box->resize(230, 120);
        QStyleOptionGroupBox option;
        option.initFrom(box);
        option.rect = QRect(4, 3, 220, 110);
        if (box->isFlat())
            option.features |= QStyleOptionFrame::Flat;
        auto draw = [&](const QStyle *drawer) {
            QImage image(QSize(230, 120) * ratio, QImage::Format_ARGB32_Premultiplied);
            image.setDevicePixelRatio(ratio);
            image.fill(Qt::magenta);
            QPainter painter(&image);
            drawer->drawPrimitive(QStyle::PE_FrameGroupBox, &option, &painter, box);
            return image;
        };
        const QImage ours = draw(style);
        const QImage fusion = draw(style->baseStyle());
        CHECK(fusion.pixelColor(QPoint(60, 100) * ratio) != QColor(Qt::magenta)); // Fusion drew a frame
        int differing = 0;
        for (int y = 0; y < fusion.height(); ++y)
            for (int x = 0; x < fusion.width(); ++x)
                differing += ours.pixel(x, y) != fusion.pixel(x, y);
        CHECK(differing == 0);
    }

    for (const QStyle::StandardPixmap arrow :
         {QStyle::SP_ToolBarHorizontalExtensionButton, QStyle::SP_ToolBarVerticalExtensionButton}) {
        const QIcon ours = style->standardIcon(arrow);
        const QIcon fusion = style->baseStyle()->standardIcon(arrow);
        CHECK_FALSE(ours.isNull());
        CHECK(ours.availableSizes() == fusion.availableSizes());
        for (const int side : {8, 16, 32}) {
            CHECK(ours.actualSize(QSize(side, side)) == fusion.actualSize(QSize(side, side)));
            CHECK(ours.pixmap(QSize(side, side), ratio).toImage() ==
                  fusion.pixmap(QSize(side, side), ratio).toImage());
        }
    }

    // An arrow handed out by a style that is gone by the time it is drawn (a change of theme replaces
    // the style) asks the application's style instead.
    QIcon orphan;
    {
        ContrastStyle gone(QStyleFactory::create(QStringLiteral("Fusion")));
        orphan = gone.standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton);
    }
    const QIcon current = QApplication::style()->standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton);
    CHECK(orphan.pixmap(QSize(16, 16)).toImage() == current.pixmap(QSize(16, 16)).toImage());
    CHECK_FALSE(orphan.pixmap(QSize(16, 16)).isNull());
}
