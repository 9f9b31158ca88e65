// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "signalpanel.h"

#include <cmath>

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include "depthplot.h"
#include "plottheme.h"

namespace {

int toTicks(double value)
{
    return static_cast<int>(std::lround(value * SignalPanel::ticksPerUnit));
}

double fromTicks(int ticks)
{
    return double(ticks) / SignalPanel::ticksPerUnit;
}

QString number(double v)
{
    return QString::number(v, 'g', 5);
}

QString displayName(const std::string &id)
{
    const rx::Activation *f = rx::findActivation(id);
    return QString::fromStdString(f ? f->displayName : id);
}

} // namespace

SignalPanel::SignalPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("signalPanel"));
    auto *layout = new QVBoxLayout(this);
    m_grid = new QGridLayout;
    layout->addLayout(m_grid);
    m_mean = addSlider(QStringLiteral("signalMean"), tr("Input mean m"),
                       tr("Mean of the Gaussian input N(m, s²), drawn faintly under the curves"), -300, 300);
    m_std = addSlider(QStringLiteral("signalStd"), tr("Input spread s"),
                      tr("Standard deviation of the Gaussian input N(m, s²)"), 1, 500);
    m_meanValue = qobject_cast<QLabel *>(m_grid->itemAtPosition(0, 2)->widget());
    m_stdValue = qobject_cast<QLabel *>(m_grid->itemAtPosition(1, 2)->widget());

    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("signalTable"));
    m_table->setAccessibleName(tr("Moments of each shown function"));
    m_table->setToolTip(tr("For each shown function f of the input: the mean, variance and second moment of "
                           "f, the mean and mean square of its gradient f′, and how often f′ is 0"));
    m_table->setAccessibleDescription(m_table->toolTip()); // a table's own falls back to no tool tip
    // One column per shown function, one row per moment: narrow enough for a dock.
    m_table->setRowCount(6);
    m_table->setVerticalHeaderLabels(
        {tr("E[f]"), tr("Var[f]"), tr("E[f²]"), tr("E[f′]"), tr("E[f′²]"), tr("P(f′ = 0)")});
    m_table->verticalHeaderItem(5)->setToolTip(tr("Probability that the gradient is exactly 0: the unit "
                                                  "is dead for this input"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; the arrows move between its cells
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    // As tall as its rows, as wide as the dock: more functions than fit scroll sideways.
    m_table->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    layout->addWidget(m_table);

    auto *depthGrid = new QGridLayout;
    layout->addLayout(depthGrid);
    std::swap(m_grid, depthGrid);
    m_weight = addSlider(QStringLiteral("signalWeight"), tr("Weight variance W"),
                         tr("Weights drawn with variance W/fan-in"), 1, 400);
    m_bias = addSlider(QStringLiteral("signalBias"), tr("Bias variance B"),
                       tr("Biases drawn with variance B"), 0, 200);
    m_weightValue = qobject_cast<QLabel *>(m_grid->itemAtPosition(0, 2)->widget());
    m_biasValue = qobject_cast<QLabel *>(m_grid->itemAtPosition(1, 2)->widget());
    std::swap(m_grid, depthGrid);
    auto *buttons = new QHBoxLayout;
    auto *he = new QPushButton(tr("&He (W = 2)"), this);
    he->setObjectName(QStringLiteral("signalHe"));
    he->setToolTip(tr("He initialisation, made for ReLU: W = 2, B = 0"));
    auto *lecun = new QPushButton(tr("&LeCun (W = 1)"), this);
    lecun->setObjectName(QStringLiteral("signalLeCun"));
    lecun->setToolTip(tr("LeCun initialisation, SELU's: W = 1, B = 0"));
    m_layers = new QSpinBox(this);
    m_layers->setObjectName(QStringLiteral("signalLayers"));
    m_layers->setRange(1, 1000);
    m_layers->setPrefix(tr("layers: "));
    m_layers->setAccessibleName(tr("Number of layers"));
    m_layers->setToolTip(tr("How many layers deep the plot below follows the signal"));
    buttons->addWidget(he);
    buttons->addWidget(lecun);
    layout->addLayout(buttons);
    layout->addWidget(m_layers);
    m_depth = new DepthPlot(this);
    m_depth->setToolTip(tr("Solid: the variance q of each layer's input; dashed: the squared gradient's "
                           "gain from the last layer back to the first"));
    layout->addWidget(m_depth, 1);

    auto *derive = new QPushButton(tr("Derive &SELU's constants"), this);
    derive->setObjectName(QStringLiteral("deriveSelu"));
    derive->setToolTip(tr("Solve E[selu(Z)] = 0 and E[selu(Z)²] = 1 for α and λ by Newton's method, and "
                          "set SELU's parameters to the solution"));
    layout->addWidget(derive);
    m_selu = new QLabel(this);
    m_selu->setObjectName(QStringLiteral("seluConstants"));
    m_selu->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_selu->setWordWrap(true);
    layout->addWidget(m_selu);

    connect(m_layers, &QSpinBox::valueChanged, this, &SignalPanel::onSliderMoved);
    connect(he, &QPushButton::clicked, this, [this] { emitWeights(2); });
    connect(lecun, &QPushButton::clicked, this, [this] { emitWeights(1); });
    connect(derive, &QPushButton::clicked, this, &SignalPanel::deriveSeluRequested);
    setState(m_state, SignalModel{});
}

QSlider *SignalPanel::addSlider(const QString &name, const QString &label, const QString &tip, int min,
                                int max)
{
    const int row = m_grid->rowCount() == 1 && !m_grid->itemAtPosition(0, 0) ? 0 : m_grid->rowCount();
    auto *slider = new QSlider(Qt::Horizontal, this);
    slider->setObjectName(name);
    slider->setRange(min, max);
    slider->setAccessibleName(label);
    slider->setToolTip(tip);
    auto *text = new QLabel(label, this);
    text->setBuddy(slider);
    auto *value = new QLabel(this);
    value->setObjectName(name + QStringLiteral("Value"));
    value->setMinimumWidth(value->fontMetrics().horizontalAdvance(QStringLiteral("-0.000")));
    m_grid->addWidget(text, row, 0);
    m_grid->addWidget(slider, row, 1);
    m_grid->addWidget(value, row, 2);
    connect(slider, &QSlider::valueChanged, this, &SignalPanel::onSliderMoved);
    return slider;
}

void SignalPanel::setState(const rx::ExplorerState &state, const SignalModel &model)
{
    m_state = state;
    const rx::SignalView &s = state.signal;
    for (const auto &[slider, value] :
         {std::pair{m_mean, s.inputMean}, std::pair{m_std, s.inputStd}, std::pair{m_weight, s.weightVariance},
          std::pair{m_bias, s.biasVariance}}) {
        const QSignalBlocker blocker(slider);
        slider->setValue(toTicks(value));
    }
    {
        const QSignalBlocker blocker(m_layers);
        m_layers->setValue(static_cast<int>(s.layers));
    }
    updateLabels();

    const auto &rows = model.rows();
    m_table->setColumnCount(static_cast<int>(rows.size()));
    std::vector<DepthPlot::Curve> curves;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const SignalModel::Row &row = rows[i];
        const int column = static_cast<int>(i);
        m_table->setHorizontalHeaderItem(column, new QTableWidgetItem(displayName(row.id)));
        const rx::Moments &m = row.moments;
        const double values[] = {m.mean,
                                 m.variance,
                                 m.secondMoment,
                                 m.meanGradient,
                                 m.meanSquaredGradient,
                                 m.zeroGradientProbability};
        for (int r = 0; r < 6; ++r) {
            auto *item = new QTableWidgetItem(number(values[r]));
            item->setData(Qt::UserRole, values[r]);
            item->setToolTip(QString::number(values[r], 'g', 17));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, column, item);
        }
        DepthPlot::Curve curve;
        curve.name = displayName(row.id);
        const int index = rx::catalogueIndex(row.id);
        curve.colour = index >= 0 && static_cast<std::size_t>(index) < m_palette.size()
                           ? m_palette[static_cast<std::size_t>(index)]
                           : palette().color(QPalette::Text);
        for (const rx::LayerSignal &l : row.depth) {
            curve.variance.push_back(l.variance);
            curve.gradient.push_back(l.cumulativeGradientGain);
        }
        curves.push_back(std::move(curve));
    }
    m_depth->setCurves(std::move(curves));
}

void SignalPanel::setTheme(const PlotTheme &theme)
{
    m_palette.clear();
    for (int i = 0; i < static_cast<int>(rx::catalogue().size()); ++i)
        m_palette.push_back(theme.colourFor(i));
    m_depth->setColours(theme.background, theme.foreground, theme.grid);
}

void SignalPanel::showSeluConstants(const rx::SeluConstants &solved)
{
    m_selu->setText(
        tr("Solved by Newton's method in %1 steps:\nα01 = %2 (PyTorch %3)\nλ01 = %4 (PyTorch %5)")
            .arg(solved.iterations)
            .arg(QString::number(solved.alpha, 'g', 17), QString::number(rx::pytorchSeluAlpha, 'g', 17),
                 QString::number(solved.scale, 'g', 17), QString::number(rx::pytorchSeluScale, 'g', 17)));
}

void SignalPanel::onSliderMoved()
{
    rx::SignalView s = m_state.signal;
    s.inputMean = fromTicks(m_mean->value());
    s.inputStd = fromTicks(m_std->value());
    s.weightVariance = fromTicks(m_weight->value());
    s.biasVariance = fromTicks(m_bias->value());
    s.layers = static_cast<std::size_t>(m_layers->value());
    if (s == m_state.signal)
        return;
    m_state.signal = s;
    updateLabels();
    emit signalChanged(s);
}

void SignalPanel::emitWeights(double weightVariance)
{
    rx::SignalView s = m_state.signal;
    s.weightVariance = weightVariance;
    s.biasVariance = 0;
    if (s == m_state.signal)
        return;
    m_state.signal = s;
    emit signalChanged(s);
}

void SignalPanel::updateLabels()
{
    const rx::SignalView &s = m_state.signal;
    m_meanValue->setText(number(s.inputMean));
    m_stdValue->setText(number(s.inputStd));
    m_weightValue->setText(number(s.weightVariance));
    m_biasValue->setText(number(s.biasVariance));
}
