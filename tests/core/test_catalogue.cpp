// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include <set>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "reluexplorer/activation.h"

namespace {

const rx::Activation &activation(const std::string &id)
{
    const rx::Activation *f = rx::findActivation(id);
    if (!f)
        FAIL("no function " << id << " in the catalogue");
    return *f;
}

struct Signature
{
    const char *id;
    std::vector<std::string> parameters;
    std::vector<double> defaults;
};

} // namespace

TEST_CASE("the catalogue has the contract's functions with PyTorch's parameter names and defaults",
          "[catalogue]")
{
    const Signature s = GENERATE(values<Signature>({
        {"relu", {}, {}},
        {"relu6", {}, {}},
        {"leaky_relu", {"negative_slope"}, {0.01}},
        {"elu", {"alpha"}, {1.0}},
        {"selu", {"alpha", "scale"}, {1.6732632423543772848170429916717, 1.0507009873554804934193349852946}},
        {"prelu", {"weight"}, {0.25}},
    }));
    INFO(s.id);
    const rx::Activation &f = activation(s.id);
    std::vector<std::string> names;
    for (const rx::Parameter &p : f.parameters)
        names.push_back(p.name);
    CHECK(names == s.parameters);
    CHECK(f.defaultParameters() == s.defaults);
    CHECK(f.quantityCount() == s.parameters.size() + 2);
    for (std::size_t i = 0; i < s.parameters.size(); ++i) {
        CHECK(f.parameterIndex(s.parameters[i]) == int(i));
        CHECK_FALSE(f.parameters[i].isChoice());
    }
    CHECK(f.parameterIndex("x") == -1);
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
}
