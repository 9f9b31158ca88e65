// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <QList>

class QWidget;

/// Tab order by region, as the regions appear on screen rather than in the order their widgets were
/// created (parameter editors are rebuilt whenever the shown functions change). Within a region,
/// Qt's focus chain. Returns the widget after (next) or before current among the visible, enabled
/// Tab stops of regions, wrapping around; nullptr when current is in none of them.
QWidget *nextInTabOrder(const QList<QWidget *> &regions, QWidget *current, bool next);
