// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "statecommand.h"

#include <utility>

namespace {

constexpr int mergeableId = 0x5245; // any id but -1; the key decides what merges

} // namespace

StateCommand::StateCommand(Apply apply, const rx::ExplorerState &before, const rx::ExplorerState &after,
                           const QString &text, const QString &mergeKey, quint64 gesture)
    : QUndoCommand(text), m_apply(std::move(apply)), m_before(before), m_after(after), m_mergeKey(mergeKey),
      m_gesture(gesture)
{
}

void StateCommand::undo()
{
    m_apply(m_before);
}

void StateCommand::redo()
{
    m_apply(m_after);
}

int StateCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : mergeableId;
}

bool StateCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const StateCommand *>(other);
    if (!next || next->m_mergeKey != m_mergeKey || next->m_gesture != m_gesture)
        return false;
    m_after = next->m_after;
    setObsolete(m_after == m_before); // dragged back to where it started: no step at all
    return true;
}
