// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "startupoptions.h"

#include <algorithm>

#include <QCommandLineParser>
#include <QStringList>

#include "cliutil.h"
#include "reluexplorer/parameters.h"
#include "corestring.h"

namespace cli {

namespace {

const QString functionsName = QStringLiteral("functions");
const QString paramName = QStringLiteral("param");

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

QString readStateOptions(const QCommandLineParser &parser, StateOptions &options)
{
    if (parser.isSet(functionsName)) {
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
        options.functions = shown;
    }
    for (const QString &assignment : parser.values(paramName)) {
        const qsizetype dot = assignment.indexOf(QLatin1Char('.'));
        const qsizetype eq = assignment.indexOf(QLatin1Char('='));
        if (dot <= 0 || (eq >= 0 && eq < dot))
            return QStringLiteral("--param %1 is not FUNCTION.NAME=VALUE (e.g. prelu.weight=0.1)")
                .arg(quoted(assignment));
        const std::string id = assignment.left(dot).toStdString();
        const rx::Activation *f = rx::findActivation(id);
        if (!f)
            return QStringLiteral("--param: ") + q(rx::unknownFunctionMessage(id));
        const rx::ParameterValue value =
            rx::parseParameterAssignment(*f, assignment.mid(dot + 1).toStdString());
        if (!value.ok())
            return QStringLiteral("--param: ") + q(value.error);
        for (const StateOptions::Assignment &earlier : options.params)
            if (earlier.function == id && earlier.index == value.index)
                return QStringLiteral("--param %1.%2 given more than once")
                    .arg(q(id), q(f->parameters[value.index].name));
        options.params.push_back({id, value.index, value.value});
    }
    return {};
}

QString applyStateOptions(const StateOptions &options, rx::ExplorerState &state)
{
    if (options.functions) {
        state.shown = *options.functions;
        state.selected = state.shown.front();
        if (state.family.enabled && !rx::isShown(state, state.family.function))
            state.family.enabled = false; // a family is drawn for a shown function only
    }
    for (const StateOptions::Assignment &a : options.params) {
        const rx::Activation &f = *rx::findActivation(a.function);
        rx::setParameter(state, f, a.index, a.value);
        if (!options.functions && !rx::isShown(state, a.function)) {
            rx::setShown(state, a.function, true);
            state.selected = a.function;
        }
    }
    for (const rx::Activation &f : rx::catalogue())
        if (const std::string problem = rx::parameterProblem(f, rx::parametersOf(state, f)); !problem.empty())
            return QStringLiteral("--param: ") + q(problem);
    return {};
}

} // namespace cli
