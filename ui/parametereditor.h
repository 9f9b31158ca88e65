// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <cstddef>

#include <QWidget>

#include "reluexplorer/activation.h"
#include "reluexplorer/state.h"
#include "reluexplorer/view.h"

class QComboBox;
class QLabel;
class QSlider;
class QToolButton;
class ParameterSpinBox;

/// One parameter of one function, built from its catalogue entry: name and symbol, a slider over the
/// range the user chose (the catalogue's by default, widened to hold a value beyond it), a "Range"
/// button (and the slider's context menu) to choose it, a spin box that accepts any finite value within
/// rx::parameterLimit (or a combo box for a choice), and a reset-to-PyTorch-default button. Object
/// names start with "param.FUNCTION.NAME." (slider, spin, choice, range, reset).
class ParameterEditor : public QWidget
{
    Q_OBJECT
public:
    ParameterEditor(const rx::Activation &function, std::size_t index, QWidget *parent = nullptr);

    double value() const { return m_value; }
    /// Shows value without emitting.
    void setValue(double value);
    /// Sets value as if the user had typed it (emits valueEdited when it changed); for assistive tools.
    void setValueByUser(double value) { onEdited(value); }
    /// Shows the slider over range (widened to hold the value) without emitting.
    void setRange(rx::SliderRange range);
    rx::SliderRange range() const { return m_range; }
    /// Opens the dialog that asks for the slider's range (its OK emits rangeEdited).
    void editRange();

    /// The slider's range and step in the parameter's units (what screen readers are told).
    double sliderMinimum() const { return m_scale.valueAt(0); }
    double sliderMaximum() const { return m_scale.valueAt(m_scale.tickCount()); }
    double step() const { return m_scale.step(); }

    QSlider *slider() const { return m_slider; }
    ParameterSpinBox *spinBox() const { return m_spin; }
    QToolButton *resetButton() const { return m_reset; }
    QToolButton *rangeButton() const { return m_rangeButton; }

signals:
    /// The user changed the value; emitted only when it really changed.
    void valueEdited(double value);
    /// The user chose the slider's range.
    void rangeEdited(rx::SliderRange range);
    void inputRefused(const QString &message);

private:
    void onSliderMoved(int tick);
    void onEdited(double value);
    void showValue();
    /// The slider's scale over the range, widened to hold the value, with at most 100,000 ticks.
    void rescale();

    const rx::Activation &m_function;
    const rx::Parameter &m_parameter;
    rx::SliderScale m_scale;
    rx::SliderRange m_range;
    double m_value;
    QString m_who;
    QLabel *m_label = nullptr;
    QSlider *m_slider = nullptr;
    ParameterSpinBox *m_spin = nullptr;
    QComboBox *m_choice = nullptr;
    QToolButton *m_reset = nullptr;
    QToolButton *m_rangeButton = nullptr;
};
