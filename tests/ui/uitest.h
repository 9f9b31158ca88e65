// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include <QAbstractSlider>
#include <QApplication>
#include <QColor>
#include <QStyleOptionSlider>
#include <QTest>
#include <QWheelEvent>

#include <catch2/catch.hpp>

#include "reluexplorer/activation.h"
#include "mainwindow.h"
#include "plotview.h"

// A shown explorer window at 1280x800 whose first replot is done.
struct Window
{
    MainWindow window;

    Window()
    {
        window.resize(1280, 800);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        settle();
    }

    /// Runs the queued replots.
    void settle()
    {
        for (int i = 0; i < 3; ++i)
            QApplication::processEvents();
    }

    template <class T> T *find(const QString &name)
    {
        T *widget = window.findChild<T *>(name);
        INFO("object name: " << name.toStdString());
        REQUIRE(widget != nullptr);
        return widget;
    }

    PlotView *plot() { return window.plotView(); }
    QWidget *plotSurface() { return find<QWidget>(QStringLiteral("plot")); }

    std::vector<double> ys(const std::string &id, PlotView::Curve curve = PlotView::Curve::Value)
    {
        return plot()->curveData(id, curve).second;
    }
    std::vector<double> xs(const std::string &id, PlotView::Curve curve = PlotView::Curve::Value)
    {
        return plot()->curveData(id, curve).first;
    }
    /// The drawn y of a curve at sample x (NaN if x is not a sample).
    double yAt(const std::string &id, double x, PlotView::Curve curve = PlotView::Curve::Value)
    {
        const auto [keys, values] = plot()->curveData(id, curve);
        for (std::size_t i = 0; i < keys.size(); ++i)
            if (keys[i] == x)
                return values[i];
        return std::nan("");
    }
    double parameter(const char *id, std::size_t index)
    {
        return rx::parametersOf(window.state(), *rx::findActivation(id)).at(index);
    }
};

/// Whether text has a CJK ideograph: a string the Chinese translation reached.
inline bool hasChinese(const QString &text)
{
    for (const QChar c : text)
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            return true;
    return false;
}

/// Centre of a slider's handle, in the slider's coordinates.
inline QPoint sliderHandle(QAbstractSlider *slider)
{
    QStyleOptionSlider option;
    option.initFrom(slider);
    option.orientation = Qt::Horizontal;
    option.minimum = slider->minimum();
    option.maximum = slider->maximum();
    option.sliderPosition = slider->sliderPosition();
    option.sliderValue = slider->value();
    option.subControls = QStyle::SC_All;
    return slider->style()
        ->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, slider)
        .center();
}

/// One wheel step of delta eighths of a degree at a point of widget, as a mouse wheel sends it.
inline void wheel(QWidget *widget, QPointF at, int delta)
{
    QWheelEvent event(at, widget->mapToGlobal(at), QPoint(), QPoint(0, delta), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(widget, &event);
}

/// Types text into an editable box as a user does: select what it holds, type, press Return.
inline void typeInto(QWidget *box, const QString &text)
{
    box->setFocus();
    QTest::keyClick(box, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(box, text);
    QTest::keyClick(box, Qt::Key_Return);
}

/// WCAG 2 relative luminance of a colour, 0 (black) to 1 (white).
inline double luminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

/// WCAG 2 contrast ratio of two colours, from 1 (the same) to 21 (black on white).
inline double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}
