// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <cstddef>

#include <QWidget>

#include "reluexplorer/activation.h"
#include "reluexplorer/view.h"

class QComboBox;
class QLabel;
class QSlider;
class QToolButton;
class ParameterSpinBox;

/// One parameter of one function, built from its catalogue entry: name and symbol, a slider over the
/// catalogue's range and a spin box that accept any finite value within rx::parameterLimit (or a
/// combo box for a choice), and a reset-to-PyTorch-default button. Object names start with
/// "param.FUNCTION.NAME." (slider, spin, choice, reset).
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

    /// The slider's range and step in the parameter's units (what screen readers are told).
    double sliderMinimum() const { return m_scale.valueAt(0); }
    double sliderMaximum() const { return m_scale.valueAt(m_scale.tickCount()); }
    double step() const { return m_scale.step(); }

    QSlider *slider() const { return m_slider; }
    ParameterSpinBox *spinBox() const { return m_spin; }
    QToolButton *resetButton() const { return m_reset; }

signals:
    /// The user changed the value; emitted only when it really changed.
    void valueEdited(double value);
    void inputRefused(const QString &message);

private:
    void onSliderMoved(int tick);
    void onEdited(double value);
    void showValue();

    const rx::Activation &m_function;
    const rx::Parameter &m_parameter;
    rx::SliderScale m_scale;
    double m_value;
    QLabel *m_label = nullptr;
    QSlider *m_slider = nullptr;
    ParameterSpinBox *m_spin = nullptr;
    QComboBox *m_choice = nullptr;
    QToolButton *m_reset = nullptr;
};
