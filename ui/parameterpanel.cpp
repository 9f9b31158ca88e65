// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "parameterpanel.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

#include "parametereditor.h"
#include "plottheme.h"

ParameterPanel::ParameterPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("parameterPanel"));
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_empty = new QLabel(tr("The shown functions have no parameters."), this);
    m_empty->setObjectName(QStringLiteral("parameterPanel.empty"));
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    m_layout->addWidget(m_empty);
    m_layout->addStretch(1);
}

void ParameterPanel::setState(const rx::ExplorerState &state)
{
    std::vector<const rx::Activation *> functions;
    std::vector<std::string> ids;
    for (const rx::Activation *f : rx::shownFunctions(state)) {
        if (!f->parameters.empty()) {
            functions.push_back(f);
            ids.push_back(f->id);
        }
    }
    if (ids != m_ids) {
        m_ids = ids;
        rebuild(functions);
    }
    for (const Entry &entry : m_entries) {
        entry.editor->setValue(rx::parametersOf(state, *entry.function).at(entry.index));
        entry.editor->setRange(rx::sliderRangeOf(state, *entry.function, entry.index));
    }
}

ParameterEditor *ParameterPanel::editor(const std::string &functionId, const std::string &parameter) const
{
    for (const Entry &entry : m_entries)
        if (entry.function->id == functionId && entry.function->parameters[entry.index].name == parameter)
            return entry.editor;
    return nullptr;
}

void ParameterPanel::rebuild(const std::vector<const rx::Activation *> &functions)
{
    for (QWidget *group : m_groups)
        delete group;
    m_groups.clear();
    m_entries.clear();
    m_empty->setVisible(functions.empty());
    int position = 0;
    for (const rx::Activation *f : functions) {
        const QString id = QString::fromStdString(f->id);
        auto *group = new QGroupBox(this);
        group->setObjectName(QStringLiteral("parameters.") + id);
        auto *column = new QVBoxLayout(group);
        column->setContentsMargins(8, 6, 8, 6);
        column->setSpacing(2);

        auto *header = new QHBoxLayout;
        auto *swatch = new QLabel(group);
        QPixmap pixmap(14, 14);
        pixmap.fill(functionColour(rx::catalogueIndex(f->id)));
        swatch->setPixmap(pixmap);
        header->addWidget(swatch);
        // Plain text in a bold font: as "<b>…</b>" looks, without a rich-text document to lay out.
        auto *title = new QLabel(QString::fromStdString(f->displayName), group);
        title->setTextFormat(Qt::PlainText);
        QFont bold; // only the weight is set: the rest follows the group's font
        bold.setBold(true);
        title->setFont(bold);
        header->addWidget(title, 1);
        if (f->parameters.size() > 1) {
            auto *resetAll = new QPushButton(tr("Reset all"), group);
            resetAll->setObjectName(QStringLiteral("reset.") + id);
            resetAll->setAccessibleName(tr("Reset all %1 parameters to PyTorch's defaults")
                                            .arg(QString::fromStdString(f->displayName)));
            resetAll->setToolTip(resetAll->accessibleName());
            connect(resetAll, &QPushButton::clicked, this, [this, id] { emit functionReset(id); });
            header->addWidget(resetAll);
        }
        column->addLayout(header);

        for (std::size_t i = 0; i < f->parameters.size(); ++i) {
            auto *editor = new ParameterEditor(*f, i, group);
            column->addWidget(editor);
            m_entries.push_back({f, i, editor});
            connect(editor, &ParameterEditor::valueEdited, this,
                    [this, id, i](double value) { emit parameterChanged(id, static_cast<int>(i), value); });
            connect(editor, &ParameterEditor::inputRefused, this, &ParameterPanel::inputRefused);
            connect(editor, &ParameterEditor::rangeEdited, this, [this, id, i](rx::SliderRange range) {
                emit sliderRangeChanged(id, static_cast<int>(i), range);
            });
        }
        m_layout->insertWidget(position++, group);
        m_groups.push_back(group);
    }
}
