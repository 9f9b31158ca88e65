// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <string>
#include <vector>

#include <QWidget>

#include "reluexplorer/state.h"

class QLabel;
class QVBoxLayout;
class ParameterEditor;

/// The parameters of the shown functions, one group per function, built from the catalogue.
class ParameterPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ParameterPanel(QWidget *parent = nullptr);

    /// Shows state's shown functions, parameter values and slider ranges without emitting.
    void setState(const rx::ExplorerState &state);

    ParameterEditor *editor(const std::string &functionId, const std::string &parameter) const;

signals:
    /// The user changed one parameter (only when its value really changed).
    void parameterChanged(const QString &functionId, int index, double value);
    /// The user asked to reset every parameter of a function to PyTorch's defaults.
    void functionReset(const QString &functionId);
    void inputRefused(const QString &message);
    /// The user chose the slider range of one parameter.
    void sliderRangeChanged(const QString &functionId, int index, rx::SliderRange range);

private:
    void rebuild(const std::vector<const rx::Activation *> &functions);

    struct Entry
    {
        const rx::Activation *function;
        std::size_t index;
        ParameterEditor *editor;
    };
    std::vector<std::string> m_ids;
    std::vector<Entry> m_entries;
    QVBoxLayout *m_layout = nullptr;
    QLabel *m_empty = nullptr;
    std::vector<QWidget *> m_groups;
};
