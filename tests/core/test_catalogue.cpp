// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include <algorithm>
#include <cmath>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "activationbyid.h"
#include "golden.h"
#include "reluexplorer/activation.h"
#include "reluexplorer/parameters.h"

namespace {

std::vector<std::string> columns(const rx::Activation &f)
{
    std::vector<std::string> names;
    for (std::size_t q = 0; q < f.quantityCount(); ++q)
        names.push_back(rx::quantityName(f, rx::Quantity{q}));
    return names;
}

} // namespace

// The golden tables are written from PyTorch (tools/golden/generate_golden.py): their header names
// PyTorch's keywords and their first parameter vector is PyTorch's defaults.
TEST_CASE("every function has PyTorch's parameter names and defaults, as its golden data", "[catalogue]")
{
    for (const rx::Activation &f : rx::catalogue()) {
        INFO(f.id);
        const rxtest::GoldenTable table = rxtest::readGoldenTable(f, rx::DType::Float64);
        REQUIRE_FALSE(table.cases.empty());
        std::vector<std::string> names;
        for (const rx::Parameter &p : f.parameters)
            names.push_back(p.name);
        CHECK(names == table.parameterNames);
        CHECK(f.defaultParameters() == table.cases.front().params);
        CHECK(columns(f) == table.quantityNames);
        CHECK(f.quantityCount() == table.quantityNames.size());
        for (std::size_t i = 0; i < names.size(); ++i)
            CHECK(f.parameterIndex(names[i]) == int(i));
        CHECK(f.parameterIndex("x") == -1);
        CHECK(rx::parameterProblem(f, f.defaultParameters()).empty());
    }
    // Spot checks that do not depend on the tables.
    CHECK(columns(activation("selu")) == std::vector<std::string>{"y", "dydx", "dydalpha", "dydscale"});
    CHECK(activation("leaky_relu").defaultParameters() == std::vector<double>{0.01});
    CHECK(activation("rrelu").defaultParameters() == std::vector<double>{1.0 / 8, 1.0 / 3});
}

TEST_CASE("gelu's approximate is a choice, none or tanh, with no derivative", "[catalogue]")
{
    const rx::Activation &gelu = activation("gelu");
    REQUIRE(gelu.parameters.size() == 1);
    const rx::Parameter &approximate = gelu.parameters[0];
    CHECK(approximate.isChoice());
    CHECK(approximate.choices == std::vector<std::string>{"none", "tanh"});
    CHECK(approximate.choices.at(static_cast<std::size_t>(approximate.defaultValue)) == "none");
    CHECK_FALSE(gelu.derivativeBy(0).has_value());
    CHECK(gelu.differentiatedParameter(rx::Quantity::dydParam(0)) == -1);
    CHECK_THROWS_AS(rx::quantityName(gelu, rx::Quantity::dydParam(0)), std::out_of_range);
    for (double bad : {2.0, 0.5, -1.0}) {
        INFO("approximate index " << bad);
        CHECK_THROWS_AS(rx::evaluateAt<double>(gelu, rx::Quantity::value(), 1.0, std::vector<double>{bad}),
                        std::invalid_argument);
    }
    // The two forms differ by less than 0.0005 but do differ.
    const double exact = rx::evaluateAt<double>(gelu, rx::Quantity::value(), 1.0, std::vector<double>{0.0});
    const double tanhForm =
        rx::evaluateAt<double>(gelu, rx::Quantity::value(), 1.0, std::vector<double>{1.0});
    CHECK(exact != tanhForm);
    CHECK(std::fabs(exact - tanhForm) < 5e-4);
}

TEST_CASE("derivatives are by the numeric parameters, in order", "[catalogue]")
{
    const rx::Activation &softplus = activation("softplus");
    CHECK(softplus.derivativeBy(0) == rx::Quantity::dydParam(0));
    CHECK(softplus.derivativeBy(1) == rx::Quantity::dydParam(1));
    CHECK_FALSE(softplus.derivativeBy(2).has_value());
    CHECK(softplus.differentiatedParameter(rx::Quantity::dydParam(1)) == 1);
    CHECK(softplus.differentiatedParameter(rx::Quantity::dydx()) == -1);
    CHECK(softplus.differentiatedParameter(rx::Quantity::value()) == -1);
}

TEST_CASE("the catalogue is grouped: the ReLU family first, then the smooth relatives", "[catalogue]")
{
    std::vector<rx::Group> groups;
    for (const rx::Activation &f : rx::catalogue())
        if (groups.empty() || groups.back() != f.group)
            groups.push_back(f.group);
    CHECK(groups == std::vector<rx::Group>{rx::Group::ReluFamily, rx::Group::SmoothRelatives});
    CHECK(rx::groupName(rx::Group::ReluFamily) == "ReLU family");
    CHECK(rx::groupName(rx::Group::SmoothRelatives) == "Smooth relatives");
    // The first six keep their places (the window's colours follow the catalogue index).
    const std::vector<std::string> first{"relu", "relu6", "leaky_relu", "elu", "selu", "prelu"};
    for (std::size_t i = 0; i < first.size(); ++i)
        CHECK(rx::catalogue().at(i).id == first[i]);
}

TEST_CASE("every entry has the metadata the window and the command line show", "[catalogue]")
{
    for (const rx::Activation &f : rx::catalogue()) {
        INFO(f.id);
        CHECK_FALSE(f.displayName.empty());
        CHECK_FALSE(f.formulaText.empty());
        CHECK_FALSE(f.formulaHtml.empty());
        // Read aloud by screen readers: words, no markup and no symbols they skip or misread.
        CHECK_FALSE(f.formulaSpoken.empty());
        CHECK(f.formulaSpoken.find_first_of("<>&=/()^*+") == std::string::npos);
        CHECK(std::all_of(f.formulaSpoken.begin(), f.formulaSpoken.end(),
                          [](char c) { return c >= ' ' && c <= '~'; })); // no σ, α, −, ·, ³
        CHECK(f.explanation.size() > 100);
        CHECK_FALSE(f.moduleTemplate.empty());
        CHECK_FALSE(f.functionalTemplate.empty());
        CHECK(f.kinks != nullptr);
        for (const rx::Parameter &p : f.parameters) {
            INFO(p.name);
            CHECK_FALSE(p.symbol.empty());
            CHECK_FALSE(p.meaning.empty());
            // In the templates, or (PyTorch fixing it) in the custom ones used when it changes.
            const std::string placeholder = "{" + p.name + "}";
            CHECK((f.moduleTemplate + f.customModuleTemplate).find(placeholder) != std::string::npos);
            CHECK((f.functionalTemplate + f.customFunctionalTemplate).find(placeholder) != std::string::npos);
            if (p.isChoice()) {
                CHECK(p.defaultValue >= 0);
                CHECK(p.defaultValue < double(p.choices.size()));
            } else {
                CHECK(p.sliderMin <= p.defaultValue);
                CHECK(p.defaultValue <= p.sliderMax);
                CHECK(p.sliderStep > 0);
                CHECK(std::fabs(p.defaultValue) <= rx::parameterLimit);
            }
        }
        if (f.accuracy.pytorchBits) {
            CHECK(f.accuracy.ulpFloat == 0);
            CHECK(f.accuracy.ulpDouble == 0);
        } else {
            // docs/NUMERICS.md: within 1 ulp (float32) and 2 ulp (float64) of the exact value.
            CHECK(f.accuracy.ulpFloat == 1);
            CHECK(f.accuracy.ulpDouble == 2);
        }
    }
}

TEST_CASE("PyTorch's bits where the function is piecewise linear, an ulp bound where it is not",
          "[catalogue]")
{
    const std::vector<std::string> bits{"relu", "relu6", "leaky_relu", "prelu", "rrelu", "hardtanh"};
    for (const rx::Activation &f : rx::catalogue()) {
        INFO(f.id);
        CHECK(f.accuracy.pytorchBits == (std::find(bits.begin(), bits.end(), f.id) != bits.end()));
    }
}

TEST_CASE("ids are unique and findActivation finds each one", "[catalogue]")
{
    std::set<std::string> ids;
    for (const rx::Activation &f : rx::catalogue()) {
        INFO(f.id);
        CHECK(ids.insert(f.id).second);
        CHECK(rx::findActivation(f.id) == &f);
        CHECK(f.floatKernels.size() == f.quantityCount());
        CHECK(f.doubleKernels.size() == f.quantityCount());
    }
    CHECK(rx::findActivation("Relu") == nullptr);
    CHECK(rx::findActivation("") == nullptr);
}

TEST_CASE("quantity names are the CSV columns: y, dydx, dyd + parameter name", "[catalogue]")
{
    CHECK(rx::quantityName(activation("relu"), rx::Quantity::value()) == "y");
    CHECK(rx::quantityName(activation("relu"), rx::Quantity::dydx()) == "dydx");
    CHECK(rx::quantityName(activation("prelu"), rx::Quantity::dydParam(0)) == "dydweight");
    CHECK(rx::quantityName(activation("leaky_relu"), rx::Quantity::dydParam(0)) == "dydnegative_slope");
    CHECK(rx::quantityName(activation("elu"), rx::Quantity::dydParam(0)) == "dydalpha");
    CHECK(rx::quantityName(activation("selu"), rx::Quantity::dydParam(0)) == "dydalpha");
    CHECK(rx::quantityName(activation("selu"), rx::Quantity::dydParam(1)) == "dydscale");
}

TEST_CASE("pytorchCode writes the PyTorch call for the parameters", "[catalogue]")
{
    CHECK(rx::pytorchCode(activation("prelu"), std::vector<double>{0.1}, true) ==
          "torch.nn.PReLU(num_parameters=1, init=0.1)");
    CHECK(rx::pytorchCode(activation("leaky_relu"), std::vector<double>{0.2}, false) ==
          "F.leaky_relu(x, negative_slope=0.2)");
    CHECK(rx::pytorchCode(activation("leaky_relu"), std::vector<double>{0.01}, true) ==
          "torch.nn.LeakyReLU(negative_slope=0.01)");
    CHECK(rx::pytorchCode(activation("leaky_relu"), std::vector<double>{-0.3}, false) ==
          "F.leaky_relu(x, negative_slope=-0.3)");
    CHECK(rx::pytorchCode(activation("elu"), std::vector<double>{1.0}, true) == "torch.nn.ELU(alpha=1.0)");
    CHECK(rx::pytorchCode(activation("elu"), std::vector<double>{2.0}, false) == "F.elu(x, alpha=2.0)");
    CHECK(rx::pytorchCode(activation("relu"), {}, true) == "torch.nn.ReLU()");
    CHECK(rx::pytorchCode(activation("relu6"), {}, false) == "F.relu6(x)");
    CHECK(rx::pytorchCode(activation("selu"), activation("selu").defaultParameters(), true) ==
          "torch.nn.SELU()");
    CHECK(rx::pytorchCode(activation("selu"), activation("selu").defaultParameters(), false) == "F.selu(x)");
    CHECK(rx::pytorchCode(activation("gelu"), std::vector<double>{1}, true) ==
          "torch.nn.GELU(approximate='tanh')");
    CHECK(rx::pytorchCode(activation("gelu"), std::vector<double>{0}, false) ==
          "F.gelu(x, approximate='none')");
    CHECK(rx::pytorchCode(activation("softplus"), std::vector<double>{1, 20}, false) ==
          "F.softplus(x, beta=1.0, threshold=20.0)");
    CHECK(rx::pytorchCode(activation("softplus"), std::vector<double>{2, 20}, true) ==
          "torch.nn.Softplus(beta=2.0, threshold=20.0)");
    CHECK(rx::pytorchCode(activation("rrelu"), activation("rrelu").defaultParameters(), true) ==
          "torch.nn.RReLU(lower=0.125, upper=0.3333333333333333).eval()");
    CHECK(rx::pytorchCode(activation("rrelu"), std::vector<double>{0.1, 0.3}, false) ==
          "F.rrelu(x, lower=0.1, upper=0.3, training=False)");
    CHECK(rx::pytorchCode(activation("hardtanh"), std::vector<double>{0, 6}, true) ==
          "torch.nn.Hardtanh(min_val=0.0, max_val=6.0)");
    CHECK(rx::pytorchCode(activation("celu"), std::vector<double>{0.5}, false) == "F.celu(x, alpha=0.5)");
    CHECK(rx::pytorchCode(activation("hardswish"), {}, true) == "torch.nn.Hardswish()");
    CHECK(rx::pytorchCode(activation("mish"), {}, false) == "F.mish(x)");
}

TEST_CASE("selu with other constants is written as the scaled ELU it is", "[catalogue]")
{
    const rx::Activation &selu = activation("selu");
    CHECK(rx::pytorchCode(selu, std::vector<double>{1.0, 2.0}, false) == "2.0 * F.elu(x, alpha=1.0)");
    CHECK(rx::pytorchCode(selu, std::vector<double>{1.5, 1.0507009873554805}, true) ==
          "lambda x: 1.0507009873554805 * F.elu(x, alpha=1.5)");
}

TEST_CASE("kinks are where dy/dx jumps for the parameters", "[catalogue]")
{
    using Kinks = std::vector<double>;
    CHECK(activation("relu").kinks({}) == Kinks{0.0});
    CHECK(activation("relu6").kinks({}) == Kinks{0.0, 6.0});
    CHECK(activation("leaky_relu").kinks(std::vector<double>{0.01}) == Kinks{0.0});
    CHECK(activation("prelu").kinks(std::vector<double>{0.25}) == Kinks{0.0});
    CHECK(activation("elu").kinks(std::vector<double>{1.0}).empty());
    CHECK(activation("elu").kinks(std::vector<double>{2.5}) == Kinks{0.0});
    // A slope of exactly 1 on both sides is no kink.
    CHECK(activation("leaky_relu").kinks(std::vector<double>{1.0}).empty());
    CHECK(activation("prelu").kinks(std::vector<double>{1.0}).empty());
    CHECK(activation("rrelu").kinks(std::vector<double>{1.0, 1.0}).empty());
    CHECK(activation("rrelu").kinks(activation("rrelu").defaultParameters()) == Kinks{0.0});
    CHECK(activation("celu").kinks(std::vector<double>{2.5}).empty());
    CHECK(activation("hardtanh").kinks(std::vector<double>{-2.0, 0.5}) == Kinks{-2.0, 0.5});
    CHECK(activation("hardswish").kinks({}) == Kinks{-3.0, 3.0});
    CHECK(activation("hardsigmoid").kinks({}) == Kinks{-3.0, 3.0});
    CHECK(activation("softplus").kinks(std::vector<double>{1.0, 20.0}) == Kinks{20.0});
    CHECK(activation("softplus").kinks(std::vector<double>{-2.0, 20.0}) == Kinks{-10.0});
    for (const char *smooth : {"gelu", "silu", "mish"})
        CHECK(activation(smooth).kinks(activation(smooth).defaultParameters()).empty());
}

TEST_CASE("parameterProblem refuses values the function cannot take, naming them", "[catalogue]")
{
    const auto [id, params, mention] = GENERATE(table<const char *, std::vector<double>, const char *>({
        {"celu", {0.0}, "alpha"},
        {"celu", {1e-50}, "float32"},
        {"softplus", {0.0, 20.0}, "beta"},
        {"rrelu", {0.5, 0.1}, "lower"},
        {"hardtanh", {1.0, -1.0}, "max_val"},
        {"hardtanh", {0.5, 0.5}, "min_val"},
        {"hardtanh", {0.3, 0.30000001}, "float32"},
        {"gelu", {2.0}, "none, tanh"},
        {"gelu", {0.5}, "approximate"},
        {"elu", {1e7}, "out of range"},
        {"elu", {std::nan("")}, "out of range"},
        {"relu", {1.0}, "takes 0 parameters"},
        {"selu", {1.0}, "alpha, scale"},
    }));
    const std::string problem = rx::parameterProblem(activation(id), params);
    INFO(id << ": '" << problem << "'");
    CHECK(problem.find(id) != std::string::npos);
    CHECK(problem.find(mention) != std::string::npos);
}

TEST_CASE("parameterProblem accepts what PyTorch accepts", "[catalogue]")
{
    const auto [id, params] = GENERATE(table<const char *, std::vector<double>>({
        {"celu", {-1.0}},
        {"celu", {1e6}},
        {"softplus", {-1.0, 20.0}},
        {"softplus", {1.0, -5.0}},
        {"rrelu", {0.3, 0.3}},
        {"rrelu", {0.0, 0.0}},
        {"hardtanh", {0.0, 6.0}},
        {"hardtanh", {-1e6, 1e6}},
        {"gelu", {1.0}},
        {"leaky_relu", {-1e6}},
    }));
    INFO(id);
    CHECK(rx::parameterProblem(activation(id), params).empty());
}

TEST_CASE("a refused parameter value says what kind of problem, with the text, for the window",
          "[catalogue][parameters]")
{
    const rx::Activation &prelu = *rx::findActivation("prelu");
    const auto [text, problem, message] = GENERATE(table<std::string, rx::ValueProblem, std::string>({
        {"abc", rx::ValueProblem::NotANumber, "prelu.weight: 'abc' is not a number"},
        {"", rx::ValueProblem::NotANumber, "prelu.weight: '' is not a number"},
        {"1e999", rx::ValueProblem::OutOfRange, "prelu.weight: '1e999' is out of range"},
        {"-2e6", rx::ValueProblem::OutOfRange, "prelu.weight: '-2e6' is out of range"},
    }));
    INFO(text);
    const rx::ParameterValue parsed = rx::parseParameterValue(prelu, 0, text);
    CHECK_FALSE(parsed.ok());
    CHECK(parsed.problem == problem);
    CHECK(parsed.text == text);
    CHECK(parsed.index == 0);
    CHECK(parsed.error.rfind(message, 0) == 0); // the command line's English stays as it was

    const rx::ParameterValue good = rx::parseParameterValue(prelu, 0, "0.5");
    CHECK(good.ok());
    CHECK(good.problem == rx::ValueProblem::None);
    CHECK(good.value == 0.5);

    const rx::Activation &gelu = *rx::findActivation("gelu");
    const rx::ParameterValue choice = rx::parseParameterAssignment(gelu, "approximate=fast");
    CHECK(choice.problem == rx::ValueProblem::NotAChoice);
    CHECK(choice.text == "fast");
    CHECK(choice.index == 0);
}
