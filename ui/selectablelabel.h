// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <QLabel>

/// A label whose text can be selected with the mouse. A selectable QLabel keeps its text in a text
/// document, laid out again for every size question and every new text; this one becomes selectable
/// when the pointer first enters it (or presses on it), so a window that is only looked at never
/// builds the document.
class SelectableLabel : public QLabel
{
    Q_OBJECT
public:
    explicit SelectableLabel(QWidget *parent = nullptr);

protected:
    void enterEvent(QEnterEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    void becomeSelectable();
};
