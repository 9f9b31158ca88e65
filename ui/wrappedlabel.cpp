// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "wrappedlabel.h"

#include <QEvent>

WrappedLabel::WrappedLabel(QWidget *parent) : SelectableLabel(parent)
{
    setWordWrap(true);
}

int WrappedLabel::heightForWidth(int width) const
{
    if (text() != m_text || font() != m_font || textFormat() != m_format ||
        textInteractionFlags() != m_flags || indent() != m_indent || margin() != m_margin ||
        contentsMargins() != m_contentsMargins) {
        forget();
        m_text = text();
        m_font = font();
        m_format = textFormat();
        m_flags = textInteractionFlags();
        m_indent = indent();
        m_margin = margin();
        m_contentsMargins = contentsMargins();
    }
    for (const Entry &entry : m_heights)
        if (entry.width == width)
            return entry.height;
    const int height = SelectableLabel::heightForWidth(width);
    m_heights[m_next] = Entry{width, height};
    m_next = (m_next + 1) % Remembered;
    return height;
}

void WrappedLabel::changeEvent(QEvent *event)
{
    // A style brings its own margins and metrics; the font and the text are compared above.
    if (event->type() == QEvent::StyleChange)
        forget();
    SelectableLabel::changeEvent(event);
}

void WrappedLabel::forget() const
{
    for (Entry &entry : m_heights)
        entry = Entry{};
}
