// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "startupoptions.h"

#include <algorithm>

#include <QCommandLineParser>
#include <QStringList>

#include "reluexplorer/parameters.h"

namespace {

const QString functionsName = QStringLiteral("functions");
const QString paramName = QStringLiteral("param");

QString q(const std::string &text)
{
    return QString::fromStdString(text);
}

} // namespace

QList<QCommandLineOption> stateOptions()
{
    return {
        QCommandLineOption(functionsName,
                           QStringLiteral("Functions to show, comma separated (e.g. prelu,elu); one of: %1.")
                               .arg(q(rx::functionIdList())),
                           QStringLiteral("LIST")),
        QCommandLineOption(paramName, QStringLiteral("Set a parameter, e.g. prelu.weight=0.1 (repeatable)."),
                           QStringLiteral("FUNCTION.NAME=VALUE")),
    };
}

QString applyStateOptions(const QCommandLineParser &parser, rx::ExplorerState &state)
{
    const bool functionsGiven = parser.isSet(functionsName);
    if (functionsGiven) {
        std::vector<std::string> shown;
        for (const QString &list : parser.values(functionsName)) {
            for (const QString &item : list.split(QLatin1Char(','))) {
                const std::string id = item.trimmed().toStdString();
                if (!rx::findActivation(id))
                    return QStringLiteral("--functions: ") + q(rx::unknownFunctionMessage(id));
                if (std::find(shown.begin(), shown.end(), id) == shown.end())
                    shown.push_back(id);
            }
        }
        state.shown = shown;
        state.selected = shown.front();
        if (state.family.enabled && !rx::isShown(state, state.family.function))
            state.family.enabled = false; // a family is drawn for a shown function only
    }
    for (const QString &assignment : parser.values(paramName)) {
        const qsizetype dot = assignment.indexOf(QLatin1Char('.'));
        const qsizetype eq = assignment.indexOf(QLatin1Char('='));
        if (dot <= 0 || (eq >= 0 && eq < dot))
            return QStringLiteral("--param '%1' is not FUNCTION.NAME=VALUE (e.g. prelu.weight=0.1)")
                .arg(assignment);
        const std::string id = assignment.left(dot).toStdString();
        const rx::Activation *f = rx::findActivation(id);
        if (!f)
            return QStringLiteral("--param: ") + q(rx::unknownFunctionMessage(id));
        const rx::ParameterValue value =
            rx::parseParameterAssignment(*f, assignment.mid(dot + 1).toStdString());
        if (!value.ok())
            return QStringLiteral("--param: ") + q(value.error);
        rx::setParameter(state, *f, value.index, value.value);
        if (!functionsGiven && !rx::isShown(state, id)) {
            rx::setShown(state, id, true);
            state.selected = id;
        }
    }
    // Values fine one by one may still be refused together (hardtanh min_val >= max_val, celu alpha 0).
    for (const rx::Activation &f : rx::catalogue())
        if (const std::string problem = rx::parameterProblem(f, rx::parametersOf(state, f)); !problem.empty())
            return QStringLiteral("--param: ") + q(problem);
    return {};
}
