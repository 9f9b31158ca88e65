// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <QFont>
#include <QMargins>
#include <QString>

#include "selectablelabel.h"

/// A word-wrapped SelectableLabel, cheaper to lay out than a QLabel set up the same way: QLabel lays
/// its text out afresh, shaping every glyph, at each heightForWidth(); a layout that settles asks for
/// the same few widths many times over. This one remembers the last few answers.
class WrappedLabel : public SelectableLabel
{
    Q_OBJECT
public:
    explicit WrappedLabel(QWidget *parent = nullptr);

    int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void forget() const;

    struct Entry
    {
        int width = -1;
        int height = 0;
    };
    static constexpr int Remembered = 8;
    mutable Entry m_heights[Remembered];
    mutable int m_next = 0;
    // What the remembered heights were measured for. setText() and the others are not virtual, so
    // a change is seen by comparing.
    mutable QString m_text;
    mutable QFont m_font;
    mutable Qt::TextFormat m_format = Qt::AutoText;
    mutable Qt::TextInteractionFlags m_flags;
    mutable int m_indent = 0;
    mutable int m_margin = 0;
    mutable QMargins m_contentsMargins;
};
