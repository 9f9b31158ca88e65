// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <functional>

#include <QString>
#include <QUndoCommand>

#include "reluexplorer/state.h"

/// One undo step: the whole state before and after (a small value object). Undo and redo hand it to
/// apply, the window's one setter. Steps with the same non-empty mergeKey made during the same gesture
/// (one slider drag, one pan, one burst of wheel steps, one animation run) merge into one.
class StateCommand : public QUndoCommand
{
public:
    using Apply = std::function<void(const rx::ExplorerState &)>;

    StateCommand(Apply apply, const rx::ExplorerState &before, const rx::ExplorerState &after,
                 const QString &text, const QString &mergeKey, quint64 gesture);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    const rx::ExplorerState &before() const { return m_before; }
    const rx::ExplorerState &after() const { return m_after; }

private:
    Apply m_apply;
    rx::ExplorerState m_before;
    rx::ExplorerState m_after;
    QString m_mergeKey;
    quint64 m_gesture;
};
