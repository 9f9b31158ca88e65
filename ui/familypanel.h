// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <string>

#include <QWidget>

#include "reluexplorer/state.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QDoubleSpinBox;
class QSpinBox;

/// The family view's settings (ExplorerState::family): on or off, which function and parameter, from,
/// to and how many curves. Shows a state without emitting; reports the user's edits as one signal.
class FamilyPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FamilyPanel(QWidget *parent = nullptr);

    void setState(const rx::ExplorerState &state);
    /// A note under the settings (what turning the family on did), until the family is turned off.
    void showNote(const QString &note);

signals:
    void familyChanged(const rx::FamilyView &family);

private:
    void fillParameters(const rx::Activation &f);
    void onFunctionChosen();
    void onParameterChosen();
    void emitFamily();

    std::string m_parametersOf; ///< The function whose parameters m_parameter lists.
    rx::FamilyView m_family;
    QCheckBox *m_enabled = nullptr;
    QComboBox *m_function = nullptr;
    QComboBox *m_parameter = nullptr;
    QDoubleSpinBox *m_from = nullptr;
    QDoubleSpinBox *m_to = nullptr;
    QSpinBox *m_count = nullptr;
    QLabel *m_note = nullptr;
};
