// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "selectablelabel.h"

SelectableLabel::SelectableLabel(QWidget *parent) : QLabel(parent) {}

void SelectableLabel::enterEvent(QEnterEvent *event)
{
    becomeSelectable();
    QLabel::enterEvent(event);
}

void SelectableLabel::mousePressEvent(QMouseEvent *event)
{
    becomeSelectable(); // a press that came without an enter, as from a touch screen
    QLabel::mousePressEvent(event);
}

void SelectableLabel::becomeSelectable()
{
    if (!(textInteractionFlags() & Qt::TextSelectableByMouse))
        setTextInteractionFlags(textInteractionFlags() | Qt::TextSelectableByMouse);
}
