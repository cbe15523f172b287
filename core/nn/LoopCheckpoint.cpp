#include "core/nn/LoopCheckpoint.h"

#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>

#include "core/io/FileIO.h"

namespace tg::nn {

namespace {

using nlohmann::json;

constexpr const char* kFormat = "tensorgame-loop";
constexpr int kVersion = 1;

json actionJson(const search::Action& a) {
    return json::array({a.u, a.v, a.w});
}

search::Action actionOf(const json& j) {
    search::Action a;
    a.u = j.at(0).get<std::vector<int>>();
    a.v = j.at(1).get<std::vector<int>>();
    a.w = j.at(2).get<std::vector<int>>();
    return a;
}

json demoJson(const search::Demonstration& d) {
    json history = json::array();
    for (const auto& h : d.state.history) history.push_back(actionJson(h));
    return {{"residual", d.state.residual},   {"step", d.state.step},
            {"limit", d.state.stepLimit},     {"history", std::move(history)},
            {"action", actionJson(d.action)}, {"moves_left", d.movesLeft}};
}

search::Demonstration demoOf(const json& j, const LoopState& s) {
    search::Demonstration d;
    d.state.size = s.size;
    d.state.coefficients = s.coefficients;
    d.state.residual = j.at("residual").get<std::vector<int>>();
    d.state.step = j.at("step").get<int>();
    d.state.stepLimit = j.at("limit").get<int>();
    for (const auto& h : j.at("history")) d.state.history.push_back(actionOf(h));
    d.action = actionOf(j.at("action"));
    d.movesLeft = j.at("moves_left").get<double>();
    return d;
}

json rowJson(const GenerationRow& r) {
    return {{"generation", r.generation},
            {"seconds", r.seconds},
            {"steps", r.steps},
            {"loss", r.loss},
            {"policy_loss", r.policyLoss},
            {"value_loss", r.valueLoss},
            {"buffer_size", r.bufferSize},
            {"self_play_games", r.selfPlayGames},
            {"self_play_solved", r.selfPlaySolved},
            {"self_play_best_rank", r.selfPlayBestRank},
            {"eval_games", r.evalGames},
            {"eval_solved", r.evalSolved},
            {"eval_success_rate", r.successRate},
            {"eval_mean_rank", r.meanRank},
            {"eval_mean_steps", r.meanSteps}};
}

GenerationRow rowOf(const json& j) {
    GenerationRow r;
    r.generation = j.at("generation").get<int>();
    r.seconds = j.at("seconds").get<double>();
    r.steps = j.at("steps").get<long long>();
    r.loss = j.at("loss").get<double>();
    r.policyLoss = j.at("policy_loss").get<double>();
    r.valueLoss = j.at("value_loss").get<double>();
    r.bufferSize = j.at("buffer_size").get<long long>();
    r.selfPlayGames = j.at("self_play_games").get<int>();
    r.selfPlaySolved = j.at("self_play_solved").get<int>();
    r.selfPlayBestRank = j.value("self_play_best_rank", 0);  // checkpoints before session 30
    r.evalGames = j.at("eval_games").get<int>();
    r.evalSolved = j.at("eval_solved").get<int>();
    r.successRate = j.at("eval_success_rate").get<double>();
    r.meanRank = j.at("eval_mean_rank").get<double>();
    r.meanSteps = j.at("eval_mean_steps").get<double>();
    return r;
}

}  // namespace

void writeLoopState(const std::string& path, const LoopState& s) {
    json rows = json::array();
    for (const auto& r : s.rows) rows.push_back(rowJson(r));
    json buffer = json::array();
    for (const auto& d : s.buffer) buffer.push_back(demoJson(d));
    // The seed as a string: JSON readers elsewhere may hold numbers as doubles (53 bits).
    const json j{{"format", kFormat},
                 {"version", kVersion},
                 {"size", s.size.toString()},
                 {"coefficients", coefficientSetName(s.coefficients)},
                 {"seed", std::to_string(s.seed)},
                 {"generation", s.generation},
                 {"steps", s.steps},
                 {"seconds", s.seconds},
                 {"model", s.model},
                 {"rows", std::move(rows)},
                 {"buffer", std::move(buffer)}};
    writeFileAtomic(path, j.dump());
}

LoopState readLoopState(const std::string& path) {
    const std::string bytes = readFileBytes(path);
    try {
        const json j = json::parse(bytes);
        if (j.at("format").get<std::string>() != kFormat || j.at("version").get<int>() != kVersion)
            throw std::runtime_error("not a version 1 loop checkpoint");
        LoopState s;
        const auto size = TensorSize::parse(j.at("size").get<std::string>());
        const auto set = parseCoefficientSet(j.at("coefficients").get<std::string>());
        if (!size || !set) throw std::runtime_error("bad size or coefficient set");
        s.size = *size;
        s.coefficients = *set;
        s.seed = std::stoull(j.at("seed").get<std::string>());
        s.generation = j.at("generation").get<int>();
        s.steps = j.at("steps").get<long long>();
        s.seconds = j.at("seconds").get<double>();
        s.model = j.at("model").get<std::string>();
        for (const auto& r : j.at("rows")) s.rows.push_back(rowOf(r));
        for (const auto& d : j.at("buffer")) s.buffer.push_back(demoOf(d, s));
        if (s.generation < 0 || static_cast<std::size_t>(s.generation) != s.rows.size())
            throw std::runtime_error("the generation count does not match the curve");
        return s;
    } catch (const std::exception& e) {
        throw std::runtime_error("loop checkpoint '" + path + "': " + e.what());
    }
}

std::string curveCsv(const std::vector<GenerationRow>& rows) {
    std::ostringstream out;
    out.precision(6);
    out << "generation,seconds,steps,loss,policy_loss,value_loss,buffer_size,self_play_games,"
           "self_play_solved,eval_games,eval_solved,eval_success_rate,eval_mean_rank,"
           "eval_mean_steps,self_play_best_rank\n";
    for (const auto& r : rows)
        out << r.generation << ',' << r.seconds << ',' << r.steps << ',' << r.loss << ','
            << r.policyLoss << ',' << r.valueLoss << ',' << r.bufferSize << ',' << r.selfPlayGames
            << ',' << r.selfPlaySolved << ',' << r.evalGames << ',' << r.evalSolved << ','
            << r.successRate << ',' << r.meanRank << ',' << r.meanSteps << ',' << r.selfPlayBestRank
            << '\n';
    return out.str();
}

std::string curveJson(const std::vector<GenerationRow>& rows) {
    json out = json::array();
    for (const auto& r : rows) out.push_back(rowJson(r));
    return out.dump(1) + "\n";
}

}  // namespace tg::nn
