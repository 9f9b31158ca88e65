// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "signalcommands.h"

#include <cmath>
#include <optional>
#include <string>
#include <tuple>

#include <QCommandLineParser>

#include "reluexplorer/moments.h"
#include "reluexplorer/numbers.h"
#include "reluexplorer/parameters.h"
#include "corestring.h"

namespace cli {

namespace {

const QString momentsCommand = QStringLiteral("moments");
const QString propagateCommand = QStringLiteral("propagate");
const QString seluCommand = QStringLiteral("selu-constants");

QCommandLineOption paramOption()
{
    return QCommandLineOption(QStringLiteral("param"),
                              QStringLiteral("Set a parameter (repeatable), e.g. negative_slope=0.2."),
                              QStringLiteral("NAME=VALUE"));
}

void addFunctionArgument(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("FUNCTION"), QStringLiteral("PyTorch name, e.g. leaky_relu."),
                                 QStringLiteral("FUNCTION"));
}

// FUNCTION and its --param values, or an error message.
QString readFunction(const QCommandLineParser &parser, const QCommandLineOption &params,
                     const rx::Activation *&function, std::vector<double> &values)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return q(rx::unknownFunctionMessage({}));
    if (positional.size() > 1)
        return QStringLiteral("unexpected argument %1; give one FUNCTION").arg(quoted(positional[1]));
    function = rx::findActivation(positional[0].toStdString());
    if (!function)
        return q(rx::unknownFunctionMessage(positional[0].toStdString()));
    values = function->defaultParameters();
    std::vector<bool> seen(values.size(), false);
    for (const QString &assignment : parser.values(params)) {
        const rx::ParameterValue p = rx::parseParameterAssignment(*function, assignment.toStdString());
        if (!p.ok())
            return QStringLiteral("--param ") + q(p.error);
        if (seen[p.index])
            return QStringLiteral("--param %1 given more than once")
                .arg(q(function->parameters[p.index].name));
        seen[p.index] = true;
        values[p.index] = p.value;
    }
    if (const std::string problem = rx::parameterProblem(*function, values); !problem.empty())
        return QStringLiteral("--param ") + q(problem);
    return {};
}

enum class Bound
{
    Any,
    Positive,   // > 0
    NonNegative // >= 0
};

// The value of a number option (its default when absent), or an error message.
QString readNumber(const QCommandLineParser &parser, const QCommandLineOption &option, Bound bound,
                   std::optional<double> &value)
{
    const QString name = QStringLiteral("--") + option.names().constFirst();
    const QStringList texts = parser.values(option);
    if (texts.size() > 1)
        return name + QStringLiteral(" given more than once");
    if (texts.isEmpty())
        return {};
    const auto number = rx::parseNumber<double>(texts[0].toStdString());
    if (!number || !std::isfinite(*number))
        return QStringLiteral("%1 %2 is not a finite number").arg(name, quoted(texts[0]));
    if (bound == Bound::Positive && !(*number > 0))
        return QStringLiteral("%1 %2 must be greater than 0").arg(name, quoted(texts[0]));
    if (bound == Bound::NonNegative && !(*number >= 0))
        return QStringLiteral("%1 %2 must not be negative").arg(name, quoted(texts[0]));
    value = *number;
    return {};
}

std::string row(std::initializer_list<double> values)
{
    std::string out;
    for (double v : values)
        out += (out.empty() ? "" : ",") + rx::formatNumber(v);
    return out + '\n';
}

} // namespace

Parsed<MomentsRequest> parseMomentsRequest(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral(
            "What FUNCTION does to a Gaussian signal X ~ N(M, S^2), as CSV: the mean, variance and "
            "second moment of f(X), the mean and mean square of its gradient f'(X), and the "
            "probability that f'(X) = 0.\nFunctions: ") +
        q(rx::functionIdList()));
    addFunctionArgument(parser);
    const QCommandLineOption params = paramOption();
    const QCommandLineOption meanOption(QStringLiteral("mean"), QStringLiteral("Mean M of X (default 0)."),
                                        QStringLiteral("M"));
    const QCommandLineOption stdOption(QStringLiteral("std"),
                                       QStringLiteral("Standard deviation S of X, > 0 (default 1)."),
                                       QStringLiteral("S"));
    if (const auto stop = parseOptions(parser, {params, meanOption, stdOption}, arguments, momentsCommand))
        return *stop;
    using Result = Parsed<MomentsRequest>;
    MomentsRequest request;
    if (const QString e = readFunction(parser, params, request.function, request.params); !e.isEmpty())
        return Result::failure(e);
    std::optional<double> mean, std;
    if (const QString e = readNumber(parser, meanOption, Bound::Any, mean); !e.isEmpty())
        return Result::failure(e);
    if (const QString e = readNumber(parser, stdOption, Bound::Positive, std); !e.isEmpty())
        return Result::failure(e);
    request.mean = mean.value_or(0);
    request.std = std.value_or(1);
    return Result{request, {}, {}};
}

Parsed<PropagateRequest> parsePropagateRequest(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Mean-field signal propagation through L layers of FUNCTION, as CSV: with weights of "
                       "variance W/fan-in and biases of variance B, the pre-activation variance "
                       "q_l = W*E[f(z)^2] + B, z ~ N(0, q_(l-1)), and the squared-gradient gain "
                       "W*E[f'(z)^2] per layer and its running product. Row 0 is the input.\nFunctions: ") +
        q(rx::functionIdList()));
    addFunctionArgument(parser);
    const QCommandLineOption params = paramOption();
    const QCommandLineOption varianceOption(QStringLiteral("variance"),
                                            QStringLiteral("Input variance Q0, > 0 (default 1)."),
                                            QStringLiteral("Q0"));
    const QCommandLineOption weightOption(QStringLiteral("weight-variance"),
                                          QStringLiteral("Weight variance W times fan-in, > 0 (default 1; He "
                                                         "initialisation for ReLU is 2)."),
                                          QStringLiteral("W"));
    const QCommandLineOption biasOption(QStringLiteral("bias-variance"),
                                        QStringLiteral("Bias variance B, >= 0 (default 0)."),
                                        QStringLiteral("B"));
    const QCommandLineOption layersOption(QStringLiteral("layers"),
                                          QStringLiteral("Number of layers L, 1 to 10000 (default 50)."),
                                          QStringLiteral("L"));
    if (const auto stop =
            parseOptions(parser, {params, varianceOption, weightOption, biasOption, layersOption}, arguments,
                         propagateCommand))
        return *stop;
    using Result = Parsed<PropagateRequest>;
    PropagateRequest request;
    if (const QString e = readFunction(parser, params, request.function, request.params); !e.isEmpty())
        return Result::failure(e);
    std::optional<double> variance, weight, bias;
    for (const auto &[option, bound, value] : {std::tuple{&varianceOption, Bound::Positive, &variance},
                                               std::tuple{&weightOption, Bound::Positive, &weight},
                                               std::tuple{&biasOption, Bound::NonNegative, &bias}})
        if (const QString e = readNumber(parser, *option, bound, *value); !e.isEmpty())
            return Result::failure(e);
    const QStringList layers = parser.values(layersOption);
    if (layers.size() > 1)
        return Result::failure(QStringLiteral("--layers given more than once"));
    if (!layers.isEmpty()) {
        const std::optional<std::size_t> count =
            rx::parseWholeNumber(layers[0].toStdString(), 1, maxPropagateLayers);
        if (!count)
            return Result::failure(
                QStringLiteral("--layers %1 must be a whole number from 1 to 10000").arg(quoted(layers[0])));
        request.layers = *count;
    }
    request.variance = variance.value_or(1);
    request.weightVariance = weight.value_or(1);
    request.biasVariance = bias.value_or(0);
    return Result{request, {}, {}};
}

Parsed<SeluConstantsRequest> parseSeluConstantsRequest(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("SELU's constants alpha and scale, solved by Newton's method from E[selu(Z)] = 0 and "
                       "E[selu(Z)^2] = 1 for Z ~ N(0, 1), as CSV."));
    if (const auto stop = parseOptions(parser, {}, arguments, seluCommand))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return Parsed<SeluConstantsRequest>::failure(
            QStringLiteral("unexpected argument %1; selu-constants takes none")
                .arg(quoted(parser.positionalArguments().constFirst())));
    return Parsed<SeluConstantsRequest>{SeluConstantsRequest{}, {}, {}};
}

int runMomentsCommand(const QStringList &arguments)
{
    const auto parsed = parseMomentsRequest(arguments);
    if (const int code = finishParse(parsed, momentsCommand); code >= 0)
        return code;
    const MomentsRequest &r = *parsed.request;
    const rx::Moments m = rx::gaussianMoments(*r.function, r.params, r.mean, r.std);
    print(QStringLiteral("mean,std,out_mean,out_variance,out_second_moment,mean_gradient,"
                         "mean_squared_gradient,zero_gradient_probability\n") +
          q(row({r.mean, r.std, m.mean, m.variance, m.secondMoment, m.meanGradient, m.meanSquaredGradient,
                 m.zeroGradientProbability})));
    return exitOk;
}

int runPropagateCommand(const QStringList &arguments)
{
    const auto parsed = parsePropagateRequest(arguments);
    if (const int code = finishParse(parsed, propagateCommand); code >= 0)
        return code;
    const PropagateRequest &r = *parsed.request;
    const auto layers =
        rx::propagateSignal(*r.function, r.params, r.variance, r.weightVariance, r.biasVariance, r.layers);
    std::string out = "layer,variance,gradient_gain,cumulative_gradient_gain\n";
    for (std::size_t l = 0; l < layers.size(); ++l)
        out += std::to_string(l) + ',' +
               row({layers[l].variance, layers[l].gradientGain, layers[l].cumulativeGradientGain});
    print(q(out));
    return exitOk;
}

int runSeluConstantsCommand(const QStringList &arguments)
{
    const auto parsed = parseSeluConstantsRequest(arguments);
    if (const int code = finishParse(parsed, seluCommand); code >= 0)
        return code;
    const rx::SeluConstants s = rx::solveSeluConstants();
    print(QStringLiteral("alpha,scale\n") + q(row({s.alpha, s.scale})));
    return exitOk;
}

} // namespace cli
