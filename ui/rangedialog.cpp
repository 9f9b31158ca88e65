// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "rangedialog.h"

#include <cmath>
#include <optional>

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include "reluexplorer/numbers.h"
#include "reluexplorer/parameters.h"
#include "corestring.h"
#include "parameterspinbox.h"

RangeDialog::RangeDialog(const QString &who, rx::SliderRange range, rx::SliderRange catalogueRange,
                         QWidget *parent)
    : QDialog(parent), m_range(range), m_catalogueRange(catalogueRange)
{
    setObjectName(QStringLiteral("rangeDialog"));
    setWindowTitle(tr("Slider range of %1").arg(who));
    auto *form = new QFormLayout(this);
    auto field = [this, form](const QString &name, const QString &label, double value) {
        auto *edit = new QLineEdit(q(rx::formatNumber(value)), this);
        edit->setObjectName(name);
        edit->setAccessibleName(label);
        form->addRow(label, edit);
        return edit;
    };
    m_min = field(QStringLiteral("rangeDialog.min"), tr("M&inimum"), range.min);
    m_max = field(QStringLiteral("rangeDialog.max"), tr("Ma&ximum"), range.max);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("rangeDialog.problem"));
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    form->addRow(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *defaults = buttons->addButton(tr("&PyTorch's range"), QDialogButtonBox::ResetRole);
    defaults->setObjectName(QStringLiteral("rangeDialog.default"));
    defaults->setToolTip(
        tr("Back to %1 to %2")
            .arg(q(rx::formatNumber(catalogueRange.min)), q(rx::formatNumber(catalogueRange.max))));
    connect(defaults, &QPushButton::clicked, this, [this] {
        m_min->setText(q(rx::formatNumber(m_catalogueRange.min)));
        m_max->setText(q(rx::formatNumber(m_catalogueRange.max)));
        accept();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &RangeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RangeDialog::reject);
    form->addRow(buttons);
}

void RangeDialog::accept()
{
    QString problem;
    // Reads one field into value, or says why not in problem.
    auto read = [this, &problem](QLineEdit *edit, double &value) {
        QString typed = edit->text().simplified();
        const std::optional<double> parsed =
            rx::parseNumber<double>(ParameterSpinBox::normalised(typed, locale()).toStdString());
        if (typed.size() > 40)
            typed = typed.left(39) + QChar(0x2026);
        if (!parsed || std::isnan(*parsed))
            problem = tr("'%1' is not a number").arg(typed);
        else if (!(std::abs(*parsed) <= rx::parameterLimit))
            problem = tr("'%1' is out of range; give a finite number from -%2 to %2")
                          .arg(typed, QString::number(rx::parameterLimit, 'f', 0));
        else
            value = *parsed;
        return problem.isEmpty();
    };
    double min = 0;
    double max = 0;
    if (read(m_min, min) && read(m_max, max) && !(min < max))
        problem = tr("The minimum must be below the maximum.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    if (!problem.isEmpty()) {
        m_problem->setAccessibleDescription(problem);
        return;
    }
    m_range = {min, max};
    emit rangeChosen(m_range);
    QDialog::accept();
}
