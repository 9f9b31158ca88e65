// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <QWidget>

#include "reluexplorer/moments.h"
#include "reluexplorer/state.h"
#include "signalmodel.h"

class DepthPlot;
class QLabel;
class QPushButton;
class QSlider;
class QSpinBox;
class QTableWidget;
struct PlotTheme;

/// The Signal view's contents: sliders for the input distribution N(m, s²) and for the depth
/// recurrence (W, B, layers), a table of the six moments per shown function, the depth plot, and
/// SELU's derivation. It shows a state and the core's results without emitting; the user's edits
/// come out as signalChanged.
class SignalPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SignalPanel(QWidget *parent = nullptr);

    /// Shows state's signal settings and the results computed for it.
    void setState(const rx::ExplorerState &state, const SignalModel &model);
    void setTheme(const PlotTheme &theme);
    /// Shows solved constants beside PyTorch's.
    void showSeluConstants(const rx::SeluConstants &solved);

    /// Slider ticks per unit of m, s, W and B.
    static constexpr int ticksPerUnit = 100;

signals:
    void signalChanged(const rx::SignalView &signal);
    void deriveSeluRequested();

private:
    QSlider *addSlider(const QString &name, const QString &label, const QString &tip, int min, int max);
    void onSliderMoved();
    void emitWeights(double weightVariance);
    void updateLabels();

    rx::ExplorerState m_state;
    QSlider *m_mean = nullptr;
    QSlider *m_std = nullptr;
    QSlider *m_weight = nullptr;
    QSlider *m_bias = nullptr;
    QSpinBox *m_layers = nullptr;
    QLabel *m_meanValue = nullptr;
    QLabel *m_stdValue = nullptr;
    QLabel *m_weightValue = nullptr;
    QLabel *m_biasValue = nullptr;
    QTableWidget *m_table = nullptr;
    DepthPlot *m_depth = nullptr;
    QLabel *m_selu = nullptr;
    class QGridLayout *m_grid = nullptr;
    std::vector<QColor> m_palette;
};
