// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "familypanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>

#include "reluexplorer/parameters.h"
#include "corestring.h"

namespace {

bool hasNumericParameter(const rx::Activation &f)
{
    for (const rx::Parameter &p : f.parameters)
        if (!p.isChoice())
            return true;
    return false;
}

template <class T>
void describe(T *widget, const QString &name, const QString &accessible, const QString &tip)
{
    widget->setObjectName(name);
    widget->setAccessibleName(accessible);
    widget->setAccessibleDescription(tip);
    widget->setToolTip(tip);
}

} // namespace

FamilyPanel::FamilyPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("familyPanel"));
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    m_enabled = new QCheckBox(tr("Draw a famil&y of curves"), this);
    describe(m_enabled, QStringLiteral("family.enabled"), tr("Draw a family of curves"),
             tr("Draw one function for several values of one parameter, coloured from dark to light, "
                "instead of the usual curves"));
    form->addRow(m_enabled);
    m_function = new QComboBox(this);
    describe(m_function, QStringLiteral("family.function"), tr("Family function"),
             tr("The function drawn for each value"));
    for (const rx::Activation &f : rx::catalogue())
        if (hasNumericParameter(f))
            m_function->addItem(q(f.displayName), q(f.id));
    m_parameter = new QComboBox(this);
    describe(m_parameter, QStringLiteral("family.parameter"), tr("Family parameter"),
             tr("The parameter that takes a different value on each curve"));
    form->addRow(tr("F&unction"), m_function);
    form->addRow(tr("&Parameter"), m_parameter);
    auto valueBox = [this](const QString &name, const QString &accessible, const QString &tip) {
        auto *box = new QDoubleSpinBox(this);
        describe(box, name, accessible, tip);
        box->setRange(-rx::parameterLimit, rx::parameterLimit);
        box->setDecimals(3);
        box->setKeyboardTracking(false);
        box->setMinimumWidth(60);
        box->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
        return box;
    };
    m_from = valueBox(QStringLiteral("family.from"), tr("Family from"),
                      tr("The parameter's value on the first curve"));
    m_to =
        valueBox(QStringLiteral("family.to"), tr("Family to"), tr("The parameter's value on the last curve"));
    m_count = new QSpinBox(this);
    describe(m_count, QStringLiteral("family.count"), tr("Number of curves"),
             tr("How many curves, evenly spaced"));
    m_count->setRange(2, static_cast<int>(rx::maxFamilyCount));
    m_count->setKeyboardTracking(false);
    auto *range = new QHBoxLayout;
    range->addWidget(m_from, 1);
    auto *toLabel = new QLabel(tr("to"), this);
    toLabel->setBuddy(m_to);
    range->addWidget(toLabel);
    range->addWidget(m_to, 1);
    form->addRow(tr("From"), range);
    form->addRow(tr("Curve&s"), m_count);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("family.note"));
    m_note->setWordWrap(true);
    m_note->setVisible(false);
    form->addRow(m_note);

    connect(m_enabled, &QCheckBox::toggled, this, &FamilyPanel::emitFamily);
    connect(m_function, &QComboBox::currentIndexChanged, this, &FamilyPanel::onFunctionChosen);
    connect(m_parameter, &QComboBox::currentIndexChanged, this, &FamilyPanel::onParameterChosen);
    connect(m_from, &QDoubleSpinBox::valueChanged, this, &FamilyPanel::emitFamily);
    connect(m_to, &QDoubleSpinBox::valueChanged, this, &FamilyPanel::emitFamily);
    connect(m_count, &QSpinBox::valueChanged, this, &FamilyPanel::emitFamily);
    setState(rx::defaultState());
}

void FamilyPanel::fillParameters(const rx::Activation &f)
{
    if (m_parametersOf == f.id) // a state change that keeps the function (a pan, a slider) keeps the list
        return;
    m_parametersOf = f.id;
    const QSignalBlocker blocker(m_parameter);
    m_parameter->clear();
    for (const rx::Parameter &p : f.parameters)
        if (!p.isChoice())
            m_parameter->addItem(tr("%1 (%2)").arg(q(p.name), q(p.symbol)), q(p.name));
}

void FamilyPanel::setState(const rx::ExplorerState &state)
{
    m_family = state.family;
    const rx::Activation *f = rx::findActivation(m_family.function);
    const QSignalBlocker b1(m_enabled), b2(m_function), b3(m_from), b4(m_to), b5(m_count);
    m_enabled->setChecked(m_family.enabled);
    m_function->setCurrentIndex(m_function->findData(q(m_family.function)));
    if (f)
        fillParameters(*f);
    {
        const QSignalBlocker blocker(m_parameter);
        m_parameter->setCurrentIndex(m_parameter->findData(q(m_family.parameter)));
    }
    m_from->setValue(m_family.from);
    m_to->setValue(m_family.to);
    m_count->setValue(static_cast<int>(m_family.count));
    for (QWidget *w : std::initializer_list<QWidget *>{m_function, m_parameter, m_from, m_to, m_count})
        w->setEnabled(m_family.enabled);
    if (!m_family.enabled)
        showNote(QString());
}

void FamilyPanel::showNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void FamilyPanel::onFunctionChosen()
{
    const rx::Activation *f = rx::findActivation(m_function->currentData().toString().toStdString());
    if (!f)
        return;
    fillParameters(*f);
    m_parameter->setCurrentIndex(0);
    onParameterChosen();
}

void FamilyPanel::onParameterChosen()
{
    const rx::Activation *f = rx::findActivation(m_function->currentData().toString().toStdString());
    const int index = f ? f->parameterIndex(m_parameter->currentData().toString().toStdString()) : -1;
    if (index < 0)
        return;
    const rx::Parameter &p = f->parameters[static_cast<std::size_t>(index)];
    const QSignalBlocker b1(m_from), b2(m_to);
    m_from->setValue(p.sliderMin);
    m_to->setValue(p.sliderMax);
    m_from->setSingleStep(p.sliderStep);
    m_to->setSingleStep(p.sliderStep);
    emitFamily();
}

void FamilyPanel::emitFamily()
{
    rx::FamilyView family;
    family.enabled = m_enabled->isChecked();
    family.function = m_function->currentData().toString().toStdString();
    family.parameter = m_parameter->currentData().toString().toStdString();
    family.from = m_from->value();
    family.to = m_to->value();
    family.count = static_cast<std::size_t>(m_count->value());
    if (family == m_family)
        return;
    m_family = family;
    for (QWidget *w : std::initializer_list<QWidget *>{m_function, m_parameter, m_from, m_to, m_count})
        w->setEnabled(family.enabled);
    emit familyChanged(family);
}
