// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "parametereditor.h"

#include <cmath>

#include <QAction>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QToolButton>

#include "reluexplorer/numbers.h"
#include "reluexplorer/parameters.h"
#include "cataloguetext.h"
#include "corestring.h"
#include "parameterspinbox.h"
#include "rangedialog.h"

ParameterEditor::ParameterEditor(const rx::Activation &function, std::size_t index, QWidget *parent)
    : QWidget(parent), m_function(function), m_parameter(function.parameters.at(index)),
      m_scale(function.parameters.at(index)), m_range{function.parameters.at(index).sliderMin,
                                                      function.parameters.at(index).sliderMax},
      m_value(function.parameters.at(index).defaultValue)
{
    const QString prefix = QStringLiteral("param.%1.%2.").arg(q(function.id), q(m_parameter.name));
    const QString who = QStringLiteral("%1 %2").arg(q(function.displayName), q(m_parameter.name));
    m_who = who;
    setObjectName(prefix + QStringLiteral("editor"));
    const QString defaultText =
        m_parameter.isChoice() ? q(m_parameter.choices.at(static_cast<std::size_t>(m_parameter.defaultValue)))
                               : q(rx::formatNumber(m_parameter.defaultValue));
    const QString tip = tr("<b>%1</b> (%2): %3<br>PyTorch default: %4")
                            .arg(q(m_parameter.name), q(m_parameter.symbol),
                                 catalogueText(m_parameter.meaning).toHtmlEscaped(), defaultText);
    // The same for screen readers, as plain text.
    const QString description =
        tr("%1 PyTorch default: %2.").arg(catalogueText(m_parameter.meaning), defaultText);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 2, 0, 2);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(2);
    m_label = new QLabel(
        tr("%1 <span style='color:palette(mid)'>(%2)</span>").arg(q(m_parameter.name), q(m_parameter.symbol)),
        this);
    m_label->setToolTip(tip);
    m_label->setAccessibleDescription(description); // else the rich tool tip, markup and all
    grid->addWidget(m_label, 0, 0);

    m_reset = new QToolButton(this);
    m_reset->setObjectName(prefix + QStringLiteral("reset"));
    m_reset->setText(tr("Reset"));
    m_reset->setToolTip(tr("Reset %1 to PyTorch's default, %2").arg(q(m_parameter.name), defaultText));
    m_reset->setAccessibleName(tr("Reset %1 to default").arg(who));
    m_reset->setAccessibleDescription(m_reset->toolTip());
    m_reset->setFocusPolicy(Qt::StrongFocus);
    grid->addWidget(m_reset, 0, 2, Qt::AlignRight);
    connect(m_reset, &QToolButton::clicked, this, [this] { onEdited(m_parameter.defaultValue); });

    if (m_parameter.isChoice()) {
        m_choice = new QComboBox(this);
        m_choice->setObjectName(prefix + QStringLiteral("choice"));
        m_choice->setAccessibleName(who);
        m_choice->setAccessibleDescription(description);
        m_choice->setToolTip(tip);
        for (const std::string &choice : m_parameter.choices)
            m_choice->addItem(q(choice));
        grid->addWidget(m_choice, 1, 0, 1, 3);
        m_label->setBuddy(m_choice); // screen readers name a combo box by its label
        connect(m_choice, &QComboBox::currentIndexChanged, this, [this](int i) { onEdited(i); });
    } else {
        m_slider = new QSlider(Qt::Horizontal, this);
        m_slider->setObjectName(prefix + QStringLiteral("slider"));
        m_slider->setAccessibleName(who);
        m_slider->setAccessibleDescription(description);
        m_slider->setToolTip(tip);
        m_slider->setRange(0, m_scale.tickCount());
        m_slider->setSingleStep(1);
        m_slider->setPageStep(10);
        m_slider->setFocusPolicy(Qt::StrongFocus);
        m_slider->setMinimumWidth(120);
        grid->addWidget(m_slider, 1, 0, 1, 2);
        connect(m_slider, &QSlider::valueChanged, this, &ParameterEditor::onSliderMoved);

        // As Desmos does: the slider's ends are the user's to choose.
        auto *rangeAction = new QAction(tr("Slider &range…"), this);
        rangeAction->setToolTip(tr("Choose the slider's minimum and maximum for %1").arg(who));
        connect(rangeAction, &QAction::triggered, this, &ParameterEditor::editRange);
        m_slider->setContextMenuPolicy(Qt::ActionsContextMenu);
        m_slider->addAction(rangeAction);
        m_rangeButton = new QToolButton(this);
        m_rangeButton->setObjectName(prefix + QStringLiteral("range"));
        m_rangeButton->setText(tr("Range"));
        m_rangeButton->setToolTip(rangeAction->toolTip());
        m_rangeButton->setAccessibleName(tr("Slider range of %1").arg(who));
        m_rangeButton->setAccessibleDescription(rangeAction->toolTip());
        m_rangeButton->setFocusPolicy(Qt::StrongFocus);
        connect(m_rangeButton, &QToolButton::clicked, this, &ParameterEditor::editRange);
        grid->addWidget(m_rangeButton, 0, 1, Qt::AlignRight);

        m_spin = new ParameterSpinBox(function, index, this);
        m_spin->setObjectName(prefix + QStringLiteral("spin"));
        m_spin->setAccessibleName(tr("%1 value").arg(who));
        const QString typing =
            tr("Type any number from −%1 to %1; arrows step by %2.")
                .arg(q(rx::formatNumber(rx::parameterLimit)), q(rx::formatNumber(m_scale.step())));
        m_spin->setToolTip(tip + QStringLiteral("<br>") + typing);
        m_spin->setAccessibleDescription(description + QLatin1Char(' ') + typing);
        grid->addWidget(m_spin, 1, 2);
        connect(m_spin, &ParameterSpinBox::valueEdited, this, &ParameterEditor::onEdited);
        connect(m_spin, &ParameterSpinBox::inputRefused, this, &ParameterEditor::inputRefused);
        // Tab as laid out: Range and Reset on the row above, then the slider and its value below.
        setTabOrder(m_rangeButton, m_reset);
        setTabOrder(m_reset, m_slider);
        setTabOrder(m_slider, m_spin);
    }
    grid->setColumnStretch(0, 1);
    showValue();
}

void ParameterEditor::setValue(double value)
{
    m_value = value;
    showValue();
}

void ParameterEditor::setRange(rx::SliderRange range)
{
    m_range = range;
    showValue();
}

void ParameterEditor::editRange()
{
    auto *dialog = new RangeDialog(m_who, rx::rangeHolding(m_range, m_value),
                                   {m_parameter.sliderMin, m_parameter.sliderMax}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RangeDialog::rangeChosen, this, [this](rx::SliderRange range) {
        if (range == m_range)
            return;
        setRange(range);
        emit rangeEdited(range);
    });
    dialog->open();
}

void ParameterEditor::rescale()
{
    const rx::SliderRange shown = rx::rangeHolding(m_range, m_value);
    double step = m_parameter.sliderStep;
    while ((shown.max - shown.min) / step > 100000) // a slider of a million ticks cannot be hit
        step *= 10;
    m_scale = rx::SliderScale(shown.min, shown.max, step);
    if (m_slider) {
        const QSignalBlocker blocker(m_slider);
        m_slider->setRange(0, m_scale.tickCount());
    }
}

void ParameterEditor::showValue()
{
    rescale();
    if (m_slider) {
        const QSignalBlocker blocker(m_slider);
        m_slider->setValue(m_scale.tickFor(m_value));
    }
    if (m_spin)
        m_spin->setValue(m_value);
    if (m_choice) {
        const QSignalBlocker blocker(m_choice);
        m_choice->setCurrentIndex(static_cast<int>(m_value));
    }
    m_reset->setEnabled(m_value != m_parameter.defaultValue);
}

void ParameterEditor::onSliderMoved(int tick)
{
    // A value between ticks (typed, or SELU's constant) stays until the slider really moves off it.
    if (tick == m_scale.tickFor(m_value))
        return;
    onEdited(m_scale.valueAt(tick));
}

void ParameterEditor::onEdited(double value)
{
    if (value == m_value) {
        showValue();
        return;
    }
    m_value = value;
    const bool resetHadFocus = m_reset->hasFocus();
    showValue();
    if (resetHadFocus && m_slider)
        m_slider->setFocus(Qt::OtherFocusReason); // the disabled reset button would drop focus
    emit valueEdited(m_value);
}
