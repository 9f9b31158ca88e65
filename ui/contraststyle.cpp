// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "contraststyle.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>

#include <QGroupBox>
#include <QPainter>
#include <qdrawutil.h>
#include <QStyleOption>

#include "builtinimages.h"

namespace {

double relativeLuminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

QColor mixed(const QColor &from, const QColor &to, double t)
{
    return QColor::fromRgbF(static_cast<float>(from.redF() + (to.redF() - from.redF()) * t),
                            static_cast<float>(from.greenF() + (to.greenF() - from.greenF()) * t),
                            static_cast<float>(from.blueF() + (to.blueF() - from.blueF()) * t));
}

// Strokes r's outline one pixel wide, on the pixel grid, in the palette's outline colour.
void stroke(QPainter *painter, const QPalette &palette, const QRect &r, double radius, bool ellipse = false)
{
    if (r.width() < 3 || r.height() < 3)
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, radius > 0 || ellipse);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(ContrastStyle::outlineColour(palette), 1));
    const QRectF line = QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5);
    if (ellipse)
        painter->drawEllipse(line);
    else if (radius > 0)
        painter->drawRoundedRect(line, radius, radius);
    else
        painter->drawRect(line);
    painter->restore();
}

} // namespace

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor composited(const QColor &a, const QColor &background)
{
    return mixed(background, QColor(a.red(), a.green(), a.blue()), a.alphaF());
}

QColor readableColour(const QColor &wanted, const QColor &background, double ratio)
{
    if (contrastRatio(wanted, background) >= ratio)
        return wanted;
    const QColor target =
        contrastRatio(Qt::black, background) > contrastRatio(Qt::white, background) ? Qt::black : Qt::white;
    for (int step = 1; step <= 40; ++step) {
        const QColor c =
            composited(QColor(target.red(), target.green(), target.blue(), step * 255 / 40), wanted);
        if (contrastRatio(c, background) >= ratio)
            return c;
    }
    return target;
}

ContrastStyle::ContrastStyle(QStyle *base) : QProxyStyle(base) {}

bool ContrastStyle::overFusion() const
{
    return baseStyle()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) == 0;
}

QIcon ContrastStyle::standardIcon(StandardPixmap icon, const QStyleOption *option,
                                  const QWidget *widget) const
{
    if ((icon == SP_ToolBarHorizontalExtensionButton || icon == SP_ToolBarVerticalExtensionButton) &&
        overFusion())
        return deferredStandardIcon(baseStyle(), icon);
    return QProxyStyle::standardIcon(icon, option, widget);
}

QColor ContrastStyle::outlineColour(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const QColor window = palette.color(QPalette::Window);
    const QColor button = palette.color(QPalette::Button);
    // Every control's outline asks this, in each paint, and the search below takes some 300 powers: the
    // answers for the last few sets of colours (a palette's colour groups, both themes) are kept.
    struct Answer
    {
        std::array<QColor, 4> colours;
        QColor outline;
    };
    thread_local std::array<std::optional<Answer>, 8> answers;
    thread_local std::size_t next = 0;
    const std::array<QColor, 4> colours{base, text, window, button};
    for (const auto &answer : answers)
        if (answer && answer->colours == colours)
            return answer->outline;
    QColor outline = text;
    for (int step = 0; step <= 50; ++step) {
        const QColor c = mixed(text, base, step / 50.0);
        const bool enough = contrastRatio(c, base) >= 3.2 && contrastRatio(c, window) >= 3.2 &&
                            contrastRatio(c, button) >= 3.2;
        if (!enough)
            break;
        outline = c;
    }
    answers[next] = Answer{colours, outline};
    next = (next + 1) % answers.size();
    return outline;
}

void ContrastStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                                  const QWidget *widget) const
{
    if (element == PE_FrameGroupBox && overFusion()) {
        // Fusion's frame: its image stretched between margins of 6, from below the title (a UI test
        // compares the pixels with Fusion's own).
        if (!m_groupBoxFrame)
            m_groupBoxFrame = readBuiltinPng(
                QStringLiteral(":/qt-project.org/styles/commonstyle/images/fusion_groupbox.png"));
        if (!m_groupBoxFrame->isNull()) {
            constexpr int belowTitle = 3;
            const auto *box = qobject_cast<const QGroupBox *>(widget);
            const int top = box && !box->isCheckable() && box->title().isEmpty()
                                ? belowTitle
                                : std::max(baseStyle()->pixelMetric(PM_ExclusiveIndicatorHeight),
                                           option->fontMetrics.height()) +
                                      belowTitle;
            qDrawBorderPixmap(painter, option->rect.adjusted(0, top, 0, 0), QMargins(6, 6, 6, 6),
                              *m_groupBoxFrame);
            return;
        }
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    if (!option || !(option->state & State_Enabled))
        return; // disabled controls are exempt, and look it
    switch (element) {
    case PE_IndicatorCheckBox:
        stroke(painter, option->palette, option->rect, 0);
        break;
    case PE_IndicatorRadioButton:
        stroke(painter, option->palette, option->rect, 0, true);
        break;
    case PE_FrameLineEdit:
        stroke(painter, option->palette, option->rect, 2);
        break;
    case PE_PanelButtonCommand:
        stroke(painter, option->palette, option->rect, 2);
        break;
    default:
        break;
    }
}

void ContrastStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                                       QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawComplexControl(control, option, painter, widget);
    if (!option || !(option->state & State_Enabled))
        return;
    switch (control) {
    case CC_SpinBox:
        if (const auto *spin = qstyleoption_cast<const QStyleOptionSpinBox *>(option); spin && spin->frame)
            stroke(painter, option->palette, option->rect, 2);
        break;
    case CC_ComboBox:
        if (const auto *combo = qstyleoption_cast<const QStyleOptionComboBox *>(option);
            combo && combo->frame)
            stroke(painter, option->palette, option->rect, 2);
        break;
    case CC_Slider: {
        const QRect groove = subControlRect(CC_Slider, option, SC_SliderGroove, widget);
        const QRect handle = subControlRect(CC_Slider, option, SC_SliderHandle, widget);
        // Fusion draws the groove as a band about 6 px high across the middle of its rect.
        const auto *slider = qstyleoption_cast<const QStyleOptionSlider *>(option);
        QRect band = groove;
        if (slider && slider->orientation == Qt::Horizontal && groove.height() > 8)
            band = QRect(groove.left(), groove.center().y() - 2, groove.width(), 6);
        else if (slider && slider->orientation == Qt::Vertical && groove.width() > 8)
            band = QRect(groove.center().x() - 2, groove.top(), 6, groove.height());
        if (option->subControls & SC_SliderGroove)
            stroke(painter, option->palette, band, 1);
        if (option->subControls & SC_SliderHandle)
            stroke(painter, option->palette, handle, 2);
        break;
    }
    default:
        break;
    }
}
