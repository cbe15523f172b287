<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AgentEvaluators</name>
    <message>
        <location filename="../app/gui/AgentEvaluators.cpp" line="+20"/>
        <location filename="../app/gui/AgentPanel.cpp" line="+302"/>
        <source>uniform (no network)</source>
        <translation>uniform (no network)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This build has no network support (LibTorch).</source>
        <translation>This build has no network support (LibTorch).</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/AgentModels.cpp" line="+22"/>
        <source>no model is shipped for %1 %2: the agent plays without a network (the uniform evaluator); give --model FILE to use one, or --model uniform to say so</source>
        <translation>no model is shipped for %1 %2: the agent plays without a network (the uniform evaluator); give --model FILE to use one, or --model uniform to say so</translation>
    </message>
</context>
<context>
    <name>ManualPlayController</name>
    <message>
        <location filename="../app/gui/ManualPlayController.cpp" line="+16"/>
        <source>Agent plays m%1</source>
        <translation>Agent plays m%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply m%1</source>
        <translation>Apply m%1</translation>
    </message>
</context>
<context>
    <name>ModuleLoader</name>
    <message>
        <location filename="../app/common/ModuleLoader.cpp" line="+36"/>
        <source>cannot load lib%1.so:%2</source>
        <translation>cannot load lib%1.so:%2</translation>
    </message>
</context>
<context>
    <name>NetworkServices</name>
    <message>
        <location filename="../app/gui/NetworkServices.cpp" line="+24"/>
        <source>this build of the program has no network</source>
        <translation>this build of the program has no network</translation>
    </message>
</context>
<context>
    <name>OpenGLSetup</name>
    <message>
        <location filename="../widgets/OpenGLSetup.cpp" line="+39"/>
        <source>no OpenGL context (the Qt platform &quot;%1&quot; cannot show OpenGL widgets)</source>
        <translation>no OpenGL context (the Qt platform &quot;%1&quot; cannot show OpenGL widgets)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no OpenGL context</source>
        <translation>no OpenGL context</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no OpenGL surface</source>
        <translation>no OpenGL surface</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the OpenGL context cannot be made current</source>
        <translation>the OpenGL context cannot be made current</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OpenGL %1.%2 found, 3.2 needed</source>
        <translation>OpenGL %1.%2 found, 3.2 needed</translation>
    </message>
</context>
<context>
    <name>ResultStore</name>
    <message>
        <location filename="../widgets/SearchResults.cpp" line="+94"/>
        <source>rank %1 over %2 · %3 · %4</source>
        <translation>rank %1 over %2 · %3 · %4</translation>
    </message>
</context>
<context>
    <name>SearchDock</name>
    <message>
        <location filename="../app/gui/SearchProgressView.cpp" line="+26"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>SearchEngines</name>
    <message>
        <location filename="../app/gui/SearchEngines.cpp" line="+21"/>
        <source>Flip search</source>
        <translation>Flip search</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random walks on the flip graph: flips keep the rank, reductions lower it</source>
        <translation>Random walks on the flip graph: flips keep the rank, reductions lower it</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>MCTS agent</source>
        <translation>MCTS agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AlphaTensor-style games: tree search guided by a policy/value network, from the target tensor</source>
        <translation>AlphaTensor-style games: tree search guided by a policy/value network, from the target tensor</translation>
    </message>
</context>
<context>
    <name>TensorScene</name>
    <message>
        <location filename="../widgets/TensorScene.cpp" line="+163"/>
        <source>A (u)</source>
        <translation>A (u)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>B (v)</source>
        <translation>B (v)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C (w)</source>
        <translation>C (w)</translation>
    </message>
</context>
<context>
    <name>ViewMode</name>
    <message>
        <location filename="../widgets/SceneContent.cpp" line="+40"/>
        <source>&amp;Target Tensor</source>
        <translation>&amp;Target Tensor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Residual</source>
        <translation>&amp;Residual</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current &amp;Term</source>
        <translation>Current &amp;Term</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Residual with Term &amp;Overlaid</source>
        <translation>Residual with Term &amp;Overlaid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Gallery of Terms</source>
        <translation>&amp;Gallery of Terms</translation>
    </message>
</context>
<context>
    <name>VoxelPalette</name>
    <message>
        <location filename="../widgets/VoxelPalette.cpp" line="+56"/>
        <source>+1</source>
        <translation>+1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>−1</source>
        <translation>−1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>≥ 2</source>
        <translation>≥ 2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>≤ −2</source>
        <translation>≤ −2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>positive fraction</source>
        <translation>positive fraction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>negative fraction</source>
        <translation>negative fraction</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../app/cli/BenchVerify.cpp" line="+34"/>
        <source>Benchmarks. &apos;bench verify [SOURCE...]&apos; loads and verifies schemes (by default both AlphaTensor files) and reports the wall time of each round.</source>
        <translation>Benchmarks. &apos;bench verify [SOURCE...]&apos; loads and verifies schemes (by default both AlphaTensor files) and reports the wall time of each round.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>verify</source>
        <translation>verify</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schemes to load.</source>
        <translation>Schemes to load.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rounds to run (default 5).</source>
        <translation>Rounds to run (default 5).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print one JSON object.</source>
        <translation>Print one JSON object.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>name the files to verify (the published schemes are not installed)</source>
        <translation>name the files to verify (the published schemes are not installed)</translation>
    </message>
    <message>
        <location filename="../app/cli/BenchFlips.cpp" line="+33"/>
        <source>&apos;bench flips&apos; measures flips per second per thread of the flip-graph search.</source>
        <translation>&apos;bench flips&apos; measures flips per second per thread of the flip-graph search.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>flips</source>
        <translation>flips</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sizes to measure (repeatable; default 3,3,3 and 4,4,4).</source>
        <translation>Sizes to measure (repeatable; default 3,3,3 and 4,4,4).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Z2 or Z (repeatable; default both).</source>
        <translation>Z2 or Z (repeatable; default both).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/BenchNn.cpp" line="+39"/>
        <source>Seconds per measurement (default 1).</source>
        <translation>Seconds per measurement (default 1).</translation>
    </message>
    <message>
        <location filename="../app/cli/CommonOptions.h" line="+149"/>
        <source>One JSON object per measurement.</source>
        <translation>One JSON object per measurement.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="+27"/>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot tell the format of --out from its extension: %1</source>
        <translation>cannot tell the format of --out from its extension: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation>cannot write %1: the folder %2 does not exist</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write %1: the folder %2 is not writable</source>
        <translation>cannot write %1: the folder %2 is not writable</translation>
    </message>
    <message>
        <location filename="../app/cli/ConvertCommand.cpp" line="+30"/>
        <source>Convert a scheme (or every key of an npz) to another format. The output format comes from OUT&apos;s extension unless --format names it. Writing is atomic.</source>
        <translation>Convert a scheme (or every key of an npz) to another format. The output format comes from OUT&apos;s extension unless --format names it. Writing is atomic.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>A scheme: file, FILE#n,m,p or builtin:NAME.</source>
        <translation>A scheme: file, FILE#n,m,p or builtin:NAME.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file to write.</source>
        <translation>The file to write.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Output format: %1.</source>
        <translation>Output format: %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>name IN and OUT</source>
        <translation>name IN and OUT</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot tell the format from &apos;%1&apos;; use --format (%2)</source>
        <translation>cannot tell the format from &apos;%1&apos;; use --format (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="+37"/>
        <source>Describe schemes: size, rank, field, cost, validity, products and entries of C.</source>
        <translation>Describe schemes: size, rank, field, cost, validity, products and entries of C.</translation>
    </message>
    <message>
        <location filename="../app/cli/BenchApply.cpp" line="+25"/>
        <source>apply</source>
        <translation>apply</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schemes to run (builtin:KEY, a name such as strassen, or a file).</source>
        <translation>Schemes to run (builtin:KEY, a name such as strassen, or a file).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Matrix sizes n, comma-separated (default 256,512,1024,2048).</source>
        <translation>Matrix sizes n, comma-separated (default 256,512,1024,2048).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocks with a dimension at or below C go to Eigen&apos;s product; &apos;auto&apos; (default) picks it by a quick measurement.</source>
        <translation>Blocks with a dimension at or below C go to Eigen&apos;s product; &apos;auto&apos; (default) picks it by a quick measurement.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Threads for the scheme&apos;s top level and for Eigen&apos;s and the loop&apos;s column stripes (default 1).</source>
        <translation>Threads for the scheme&apos;s top level and for Eigen&apos;s and the loop&apos;s column stripes (default 1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>double (default) or float.</source>
        <translation>double (default) or float.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the classical triple loop only up to this n (default 1024).</source>
        <translation>Run the classical triple loop only up to this n (default 1024).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Runs per timing, the fastest counts (default 1).</source>
        <translation>Runs per timing, the fastest counts (default 1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;bench apply SCHEME...&apos; multiplies random n x n matrices (entries uniform in [-1,1]) with the scheme applied recursively down to the cutoff, with Eigen&apos;s product and with the classical triple loop, and reports the time, the effective GFLOP/s (2n^3/time) and the relative Frobenius error of each against the product computed in long double (on 128 evenly spaced rows of C). The scheme&apos;s plan (its shared subexpressions) is made once, before timing.</source>
        <translation>&apos;bench apply SCHEME...&apos; multiplies random n x n matrices (entries uniform in [-1,1]) with the scheme applied recursively down to the cutoff, with Eigen&apos;s product and with the classical triple loop, and reports the time, the effective GFLOP/s (2n^3/time) and the relative Frobenius error of each against the product computed in long double (on 128 evenly spaced rows of C). The scheme&apos;s plan (its shared subexpressions) is made once, before timing.</translation>
    </message>
    <message>
        <location line="+94"/>
        <location filename="../app/cli/InfoCommand.cpp" line="+7"/>
        <location filename="../app/cli/LiftCommand.cpp" line="+85"/>
        <location filename="../app/cli/VerifyCommand.cpp" line="+50"/>
        <source>name at least one SCHEME</source>
        <translation>name at least one SCHEME</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--sizes must be from 1 to 16384, not %1</source>
        <translation>--sizes must be from 1 to 16384, not %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--cutoff must be a whole number from 1 or &apos;auto&apos;, not &apos;%1&apos;</source>
        <translation>--cutoff must be a whole number from 1 or &apos;auto&apos;, not &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="-11"/>
        <source>Schemes to describe.</source>
        <translation>Schemes to describe.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+24"/>
        <source>List the built-in schemes.</source>
        <translation>List the built-in schemes.</translation>
    </message>
    <message>
        <location filename="../app/cli/ListCommand.cpp" line="+58"/>
        <source>the published schemes are not installed (looked next to the program and in share/tensorgame/published; TG_PUBLISHED_DIR names another folder)</source>
        <translation>the published schemes are not installed (looked next to the program and in share/tensorgame/published; TG_PUBLISHED_DIR names another folder)</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>List the built-in schemes, or the published ones the program ships.</source>
        <translation>List the built-in schemes, or the published ones the program ships.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>One JSON object per line.</source>
        <translation>One JSON object per line.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the published schemes (AlphaTensor&apos;s and the best known of every size up to 6x6x6), each with the path that opens it.</source>
        <translation>List the published schemes (AlphaTensor&apos;s and the best known of every size up to 6x6x6), each with the path that opens it.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+2"/>
        <source>Describe schemes: size, rank, cost, products, C.</source>
        <translation>Describe schemes: size, rank, cost, products, C.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verify schemes exactly over Z, Q or Z2.</source>
        <translation>Verify schemes exactly over Z, Q or Z2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measure how fast schemes load and verify.</source>
        <translation>Measure how fast schemes load and verify.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Convert schemes between formats, or export code.</source>
        <translation>Convert schemes between formats, or export code.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Play a scheme or episode step by step.</source>
        <translation>Play a scheme or episode step by step.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lift schemes valid mod 2 to Z (Hensel lifting).</source>
        <translation>Lift schemes valid mod 2 to Z (Hensel lifting).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search for schemes of lower rank (flip graphs).</source>
        <translation>Search for schemes of lower rank (flip graphs).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Train the policy/value network and write a model file.</source>
        <translation>Train the policy/value network and write a model file.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Usage: tensorgame-cli COMMAND [options] [arguments]</source>
        <translation>Usage: tensorgame-cli COMMAND [options] [arguments]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A SCHEME is a file (project or FastMatrixMultiplication JSON, .exp, .m, .mpl, .txt,
.npz), FILE.npz#n,m,p for one key of an archive, or builtin:NAME
(builtin:strassen, builtin:naive:3,3,3).
Run &apos;tensorgame-cli COMMAND --help&apos; for the options of a command.
Exit status: 0 all valid, 1 a scheme is not valid, 2 bad usage or input.</source>
        <translation>A SCHEME is a file (project or FastMatrixMultiplication JSON, .exp, .m, .mpl, .txt,
.npz), FILE.npz#n,m,p for one key of an archive, or builtin:NAME
(builtin:strassen, builtin:naive:3,3,3).
Run &apos;tensorgame-cli COMMAND --help&apos; for the options of a command.
Exit status: 0 all valid, 1 a scheme is not valid, 2 bad usage or input.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>internal error: %1</source>
        <translation>internal error: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>internal error: unknown exception</source>
        <translation>internal error: unknown exception</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unknown command &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/ReplayCommand.cpp" line="+43"/>
        <source>Play a scheme or a recorded episode move by move from the target tensor, showing what is left after each step.</source>
        <translation>Play a scheme or a recorded episode move by move from the target tensor, showing what is left after each step.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>A scheme or an episode.</source>
        <translation>A scheme or an episode.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One JSON object per step.</source>
        <translation>One JSON object per step.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>name exactly one SCHEME or EPISODE</source>
        <translation>name exactly one SCHEME or EPISODE</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchOptions.cpp" line="+206"/>
        <source>Search for schemes of low rank by random walks on the flip graph. Exit status: 0 when the target rank was reached (without a target: when a scheme was found), 1 when time ran out first, 2 for bad input.</source>
        <translation>Search for schemes of low rank by random walks on the flip graph. Exit status: 0 when the target rank was reached (without a target: when a scheme was found), 1 when time ran out first, 2 for bad input.</translation>
    </message>
    <message>
        <location line="-193"/>
        <source>Matrix sizes n,m,p (default: those of --from).</source>
        <translation>Matrix sizes n,m,p (default: those of --from).</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>With fresh restarts: flip attempts at a new level whose scheme has no flip (no two terms share a factor) before the next descent; 0: the path limit (default: the preset&apos;s).</source>
        <translation>With fresh restarts: flip attempts at a new level whose scheme has no flip (no two terms share a factor) before the next descent; 0: the path limit (default: the preset&apos;s).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the whole search (walkers, pools, random states) to FILE every --checkpoint-every seconds and at the end, for --resume (under mpirun: one file per rank, FILE.rankN).</source>
        <translation>Save the whole search (walkers, pools, random states) to FILE every --checkpoint-every seconds and at the end, for --resume (under mpirun: one file per rank, FILE.rankN).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Seconds between checkpoints (default 60).</source>
        <translation>Seconds between checkpoints (default 60).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue the search saved in FILE by --checkpoint (its size, field, seed, threads and settings; --time-limit, --max-flips and --target-rank may be given anew).</source>
        <translation>Continue the search saved in FILE by --checkpoint (its size, field, seed, threads and settings; --time-limit, --max-flips and --target-rank may be given anew).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Flip attempts per walker between checkpoint points and, under mpirun, between exchanges of the ranks&apos; best schemes (rounded up to a multiple of 65536).</source>
        <translation>Flip attempts per walker between checkpoint points and, under mpirun, between exchanges of the ranks&apos; best schemes (rounded up to a multiple of 65536).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Do not solve tight endgames exactly.</source>
        <translation>Do not solve tight endgames exactly.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not complete the best w for the sampled (u, v).</source>
        <translation>Do not complete the best w for the sampled (u, v).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Share of candidates drawn uniformly beside the policy&apos;s (default 0.25).</source>
        <translation>Share of candidates drawn uniformly beside the policy&apos;s (default 0.25).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Do not prune states by the flattening-rank bound.</source>
        <translation>Do not prune states by the flattening-rank bound.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leaves evaluated per network call, spread by virtual loss (default 1).</source>
        <translation>Leaves evaluated per network call, spread by virtual loss (default 1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask the network for candidates only at nodes fewer than D moves below the root of each move; deeper ones draw uniformly (default 0: everywhere).</source>
        <translation>Ask the network for candidates only at nodes fewer than D moves below the root of each move; deeper ones draw uniformly (default 0: everywhere).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Play every game on the target itself (mod 2).</source>
        <translation>Play every game on the target itself (mod 2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct the priors for the mixture of policy and uniform draws (sampled MuZero&apos;s beta-hat / beta).</source>
        <translation>Correct the priors for the mixture of policy and uniform draws (sampled MuZero&apos;s beta-hat / beta).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Value leaves by the network and the lower bound, not by their completion rank.</source>
        <translation>Value leaves by the network and the lower bound, not by their completion rank.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order leaves of equal completion rank by the other modes&apos; completions (games without a target).</source>
        <translation>Order leaves of equal completion rank by the other modes&apos; completions (games without a target).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start every game from the target, none from the best scheme found less a few of its terms (games without a target).</source>
        <translation>Start every game from the target, none from the best scheme found less a few of its terms (games without a target).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave out of a restart the first terms drawn, not terms whose sum the flattening-rank bound lets be made up in fewer moves.</source>
        <translation>Leave out of a restart the first terms drawn, not terms whose sum the flattening-rank bound lets be made up in fewer moves.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restart from the best scheme itself, not from it moved by random flips of the flip graph.</source>
        <translation>Restart from the best scheme itself, not from it moved by random flips of the flip graph.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Do not offer moves made of pairs of completion terms.</source>
        <translation>Do not offer moves made of pairs of completion terms.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not offer moves that lower a flattening rank.</source>
        <translation>Do not offer moves that lower a flattening rank.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count only the games as played, not the best scheme the tree completes to.</source>
        <translation>Count only the games as played, not the best scheme the tree completes to.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give a leaf its candidate moves when it is valued, not when a simulation first passes through it.</source>
        <translation>Give a leaf its candidate moves when it is valued, not when a simulation first passes through it.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--symmetry cyclic needs a square size n,n,n, not %1</source>
        <translation>--symmetry cyclic needs a square size n,n,n, not %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Let the AlphaTensor-style agent (tree search guided by a policy/value network) play TensorGame. Exit status: 0 when the target rank was reached (without a target: when a scheme was found), 1 when time ran out first, 2 for bad input.</source>
        <translation>Let the AlphaTensor-style agent (tree search guided by a policy/value network) play TensorGame. Exit status: 0 when the target rank was reached (without a target: when a scheme was found), 1 when time ran out first, 2 for bad input.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommonOptions.h" line="-95"/>
        <source>Matrix sizes n,m,p.</source>
        <translation>Matrix sizes n,m,p.</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchOptions.cpp" line="-116"/>
        <source>Search engine: mcts here.</source>
        <translation>Search engine: mcts here.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommonOptions.h" line="+14"/>
        <source>Z2 (mod 2, default) or Z (coefficients -1, 0, 1).</source>
        <translation>Z2 (mod 2, default) or Z (coefficients -1, 0, 1).</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchOptions.cpp" line="+3"/>
        <source>Coefficient set: mod2, -1..1 or -2..2 (default: from --field).</source>
        <translation>Coefficient set: mod2, -1..1 or -2..2 (default: from --field).</translation>
    </message>
    <message>
        <location filename="../app/cli/CommonOptions.h" line="+17"/>
        <source>Stop when this rank is reached.</source>
        <translation>Stop when this rank is reached.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stop after SEC seconds (default: none with a target, else 10).</source>
        <translation>Stop after SEC seconds (default: none with a target, else 10).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Random seed (default 1).</source>
        <translation>Random seed (default 1).</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchOptions.cpp" line="+5"/>
        <source>Games in parallel, one per thread.</source>
        <translation>Games in parallel, one per thread.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy/value network (a model file), or &apos;uniform&apos; for none (default: the model shipped for the size, if any).</source>
        <translation>Policy/value network (a model file), or &apos;uniform&apos; for none (default: the model shipped for the size, if any).</translation>
    </message>
    <message>
        <location filename="../app/cli/BenchAgent.cpp" line="+29"/>
        <source>agent</source>
        <translation>agent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sizes, comma-separated (default 2x2x2).</source>
        <translation>Sizes, comma-separated (default 2x2x2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Configurations, comma-separated: default, uniform, no-endgame, no-completion, no-uniform-share, no-pruning, no-random-basis, correction, no-completion-value, spread, no-restart, no-restart-focus, no-plateau-walk, below-naive, no-pairs, no-drops, no-best-line, no-lazy (candidates when a leaf is valued), batchN (N leaves per network call), samplesN (N moves sampled per node), netdepthN (the network only fewer than N moves below a move&apos;s root), or several joined with &apos;+&apos; (default default,uniform).</source>
        <translation>Configurations, comma-separated: default, uniform, no-endgame, no-completion, no-uniform-share, no-pruning, no-random-basis, correction, no-completion-value, spread, no-restart, no-restart-focus, no-plateau-walk, below-naive, no-pairs, no-drops, no-best-line, no-lazy (candidates when a leaf is valued), batchN (N leaves per network call), samplesN (N moves sampled per node), netdepthN (the network only fewer than N moves below a move&apos;s root), or several joined with &apos;+&apos; (default default,uniform).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Seeds: a range 1-10 or a list 1,2,5 (default 1-10).</source>
        <translation>Seeds: a range 1-10 or a list 1,2,5 (default 1-10).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds per run (default 60).</source>
        <translation>Seconds per run (default 60).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tell the agent this target rank (default: not told; success is the best known rank).</source>
        <translation>Tell the agent this target rank (default: not told; success is the best known rank).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mod2 (default) or z (coefficients -1, 0, 1).</source>
        <translation>mod2 (default) or z (coefficients -1, 0, 1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model file for the configurations with a network (default: the model shipped for the size, if any).</source>
        <translation>Model file for the configurations with a network (default: the model shipped for the size, if any).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/cli/SearchOptions.cpp" line="+4"/>
        <source>Tree-search simulations per move.</source>
        <translation>Tree-search simulations per move.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;bench agent&apos; runs the agent for every configuration, size and seed, one run after another, and prints a table (success rate, median time and simulations to the goal, median best rank) and a JSON line. Exit status 0 when it ran.</source>
        <translation>&apos;bench agent&apos; runs the agent for every configuration, size and seed, one run after another, and prints a table (success rate, median time and simulations to the goal, median best rank) and a JSON line. Exit status 0 when it ran.</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>--sizes takes 2x2x2,2x2x3 and --seeds 1-10 or 1,2,5</source>
        <translation>--sizes takes 2x2x2,2x2x3 and --seeds 1-10 or 1,2,5</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchOptions.cpp" line="+2"/>
        <source>Moves sampled from the policy per node.</source>
        <translation>Moves sampled from the policy per node.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Games per thread (default: unlimited).</source>
        <translation>Games per thread (default: unlimited).</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Let the first games (before any scheme is found) aim one below the naive rank, not at it (games without a target).</source>
        <translation>Let the first games (before any scheme is found) aim one below the naive rank, not at it (games without a target).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Write the agent&apos;s game for the result to FILE (episode JSON, for replay).</source>
        <translation>Write the agent&apos;s game for the result to FILE (episode JSON, for replay).</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>Walkers, one per thread (default 1).</source>
        <translation>Walkers, one per thread (default 1).</translation>
    </message>
    <message>
        <location filename="../app/cli/CommonOptions.h" line="+36"/>
        <source>Write each better scheme to FILE (format from the extension).</source>
        <translation>Write each better scheme to FILE (format from the extension).</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchOptions.cpp" line="-8"/>
        <source>Search engine: flip (default) or mcts (the agent; see search --engine mcts --help).</source>
        <translation>Search engine: flip (default) or mcts (the agent; see search --engine mcts --help).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start from this scheme instead of the naive one (for cyclic walks: builtin:cyclic-start:n,n,n).</source>
        <translation>Start from this scheme instead of the naive one (for cyclic walks: builtin:cyclic-start:n,n,n).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write the result as an episode whose moves are the search&apos;s to FILE (.json).</source>
        <translation>Write the result as an episode whose moves are the search&apos;s to FILE (.json).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record the walk and write every flip and reduction that led to the result to FILE (JSON, for replay).</source>
        <translation>Record the walk and write every flip and reduction that led to the result to FILE (JSON, for replay).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Flip attempts per walker (default: unlimited).</source>
        <translation>Flip attempts per walker (default: unlimited).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flip attempts without a reduction before a plus transition.</source>
        <translation>Flip attempts without a reduction before a plus transition.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plus transitions go at most this many ranks above the best (default 1 up to 3x3x3, else 3; 42 for cyclic walks).</source>
        <translation>Plus transitions go at most this many ranks above the best (default 1 up to 3x3x3, else 3; 42 for cyclic walks).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Flip attempts without improvement before a restart from the best.</source>
        <translation>Flip attempts without improvement before a restart from the best.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Flips without reductions after each plus transition (default: the preset&apos;s).</source>
        <translation>Flips without reductions after each plus transition (default: the preset&apos;s).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At the path limit start a new descent from the start scheme (default: the preset&apos;s).</source>
        <translation>At the path limit start a new descent from the start scheme (default: the preset&apos;s).</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Restart from a pool of up to N distinct schemes of the best rank (default: the preset&apos;s).</source>
        <translation>Restart from a pool of up to N distinct schemes of the best rank (default: the preset&apos;s).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>With --field Z2: lift the result to Z (Hensel lifting, see &apos;lift --help&apos;) and write it to FILE if that succeeds.</source>
        <translation>With --field Z2: lift the result to Z (Hensel lifting, see &apos;lift --help&apos;) and write it to FILE if that succeeds.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommonOptions.h" line="+8"/>
        <source>Print one JSON object as the last line of stdout.</source>
        <translation>Print one JSON object as the last line of stdout.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No progress on stderr.</source>
        <translation>No progress on stderr.</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="-8"/>
        <source>Verify schemes exactly. Without --field each scheme is checked in the field its source says (Z, Q or Z2); all three results are reported.</source>
        <translation>Verify schemes exactly. Without --field each scheme is checked in the field its source says (Z, Q or Z2); all three results are reported.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Schemes to verify.</source>
        <translation>Schemes to verify.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check over FIELD: Z, Q or Z2.</source>
        <translation>Check over FIELD: Z, Q or Z2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check even schemes so dense that checking takes minutes (by default such a scheme is reported as not checked, exit status 2).</source>
        <translation>Check even schemes so dense that checking takes minutes (by default such a scheme is reported as not checked, exit status 2).</translation>
    </message>
    <message>
        <location filename="../app/cli/LiftCommand.cpp" line="-45"/>
        <source>Lift schemes valid mod 2 to schemes valid over Z (or over Q with odd denominators) by Hensel lifting: one linear system over GF(2) per bit, then rational reconstruction; every lift is verified exactly. When the system mod 4 has no solution, no lift exists, and the command says so. Exit status: 0 all lifted, 1 some did not lift, 2 bad input.</source>
        <translation>Lift schemes valid mod 2 to schemes valid over Z (or over Q with odd denominators) by Hensel lifting: one linear system over GF(2) per bit, then rational reconstruction; every lift is verified exactly. When the system mod 4 has no solution, no lift exists, and the command says so. Exit status: 0 all lifted, 1 some did not lift, 2 bad input.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Schemes valid mod 2.</source>
        <translation>Schemes valid mod 2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the lifted schemes to FILE (format from the extension; several need .npz).</source>
        <translation>Write the lifted schemes to FILE (format from the extension; several need .npz).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hensel steps, i.e. precision 2^N before rational reconstruction (2..60, default 40).</source>
        <translation>Hensel steps, i.e. precision 2^N before rational reconstruction (2..60, default 40).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choices of free coefficients to try when the first gives no lift (default 4).</source>
        <translation>Choices of free coefficients to try when the first gives no lift (default 4).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seed for the gauges after the first (default 1).</source>
        <translation>Seed for the gauges after the first (default 1).</translation>
    </message>
    <message>
        <location filename="../app/cli/CommonOptions.h" line="-5"/>
        <source>One JSON object per scheme per line.</source>
        <translation>One JSON object per scheme per line.</translation>
    </message>
    <message>
        <location filename="../app/cli/BenchMcts.cpp" line="+35"/>
        <source>&apos;bench mcts&apos; measures simulations and network evaluations per second of the agent.</source>
        <translation>&apos;bench mcts&apos; measures simulations and network evaluations per second of the agent.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>mcts</source>
        <translation>mcts</translation>
    </message>
    <message>
        <location filename="../app/cli/CommonOptions.h" line="-89"/>
        <source>Sizes to measure (repeatable; default 2,2,2 and 3,3,3).</source>
        <translation>Sizes to measure (repeatable; default 2,2,2 and 3,3,3).</translation>
    </message>
    <message>
        <location filename="../app/cli/BenchMcts.cpp" line="+4"/>
        <location filename="../app/cli/BenchSearch.cpp" line="+24"/>
        <source>Z2 (default) or Z.</source>
        <translation>Z2 (default) or Z.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model file, or &apos;uniform&apos; (default: the model shipped for the size).</source>
        <translation>Model file, or &apos;uniform&apos; (default: the model shipped for the size).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seconds per measurement (default 3).</source>
        <translation>Seconds per measurement (default 3).</translation>
    </message>
    <message>
        <location filename="../app/cli/BenchNn.cpp" line="-11"/>
        <source>nn</source>
        <translation>nn</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Model file (default: the model shipped for the size, else an untrained network of the size&apos;s architecture).</source>
        <translation>Model file (default: the model shipped for the size, else an untrained network of the size&apos;s architecture).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;bench nn&apos; measures network evaluations per second (states evaluated, each with K sampled moves), beside LibTorch doing the same work.</source>
        <translation>&apos;bench nn&apos; measures network evaluations per second (states evaluated, each with K sampled moves), beside LibTorch doing the same work.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&apos;bench nn&apos; measures a network; &apos;uniform&apos; is none</source>
        <translation>&apos;bench nn&apos; measures a network; &apos;uniform&apos; is none</translation>
    </message>
    <message>
        <location filename="../app/cli/CommonOptions.h" line="+13"/>
        <source>Coefficient set: mod2 (default), -1..1 or -2..2.</source>
        <translation>Coefficient set: mod2 (default), -1..1 or -2..2.</translation>
    </message>
    <message>
        <location filename="../app/cli/BenchNn.cpp" line="-27"/>
        <source>Moves sampled per state (default 32).</source>
        <translation>Moves sampled per state (default 32).</translation>
    </message>
    <message>
        <location filename="../app/cli/CommonOptions.h" line="+33"/>
        <source>LibTorch threads (default 1).</source>
        <translation>LibTorch threads (default 1).</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="+30"/>
        <source>Stop after SEC seconds (with --generations: keeping the last whole generation).</source>
        <translation>Stop after SEC seconds (with --generations: keeping the last whole generation).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop when the step count (including resumed steps) reaches N.</source>
        <translation>Stop when the step count (including resumed steps) reaches N.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Random seed (default 1; a resumed run keeps its checkpoint&apos;s).</source>
        <translation>Random seed (default 1; a resumed run keeps its checkpoint&apos;s).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Demonstrations per step (default 64).</source>
        <translation>Demonstrations per step (default 64).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the model every N steps (default 500; 0: only at the end).</source>
        <translation>Write the model every N steps (default 500; 0: only at the end).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The model file to write.</source>
        <translation>The model file to write.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue from this checkpoint.</source>
        <translation>Continue from this checkpoint.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every N steps the agent plays games on the target with the network being trained; its solved games are learned from (expert iteration). 0: never (default).</source>
        <translation>Every N steps the agent plays games on the target with the network being trained; its solved games are learned from (expert iteration). 0: never (default).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Games per self-play round (default 16).</source>
        <translation>Games per self-play round (default 16).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rank the self-play games aim for (default: the best known rank of the size).</source>
        <translation>Rank the self-play games aim for (default: the best known rank of the size).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Self-play games that miss the target are learned from too when the best scheme their search found has rank at most R (default 0: only games that reach the target).</source>
        <translation>Self-play games that miss the target are learned from too when the best scheme their search found has rank at most R (default 0: only games that reach the target).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With --generations: each self-play game becomes a run of the agent as shipped (restarts from the best scheme, plateau walks, not told the target) of N games; its best scheme is learned from when within the target or --lesson-rank, in 8 move orders, each in a random basis (the standard one with --no-random-basis). 0: single games (default).</source>
        <translation>With --generations: each self-play game becomes a run of the agent as shipped (restarts from the best scheme, plateau walks, not told the target) of N games; its best scheme is learned from when within the target or --lesson-rank, in 8 move orders, each in a random basis (the standard one with --no-random-basis). 0: single games (default).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Run expert iteration for G generations in all (resumed ones included): each trains --generation-steps steps on synthetic demonstrations and the replay buffer, plays --self-play-games games on the target (random bases unless --no-random-basis, noise, temperature) whose solved games join the buffer, and is evaluated on --eval-games fixed seeds. Writes the curve (--curve) and a checkpoint MODEL.loop.json after every generation; --resume CKPT continues from one. 0: plain training (default).</source>
        <translation>Run expert iteration for G generations in all (resumed ones included): each trains --generation-steps steps on synthetic demonstrations and the replay buffer, plays --self-play-games games on the target (random bases unless --no-random-basis, noise, temperature) whose solved games join the buffer, and is evaluated on --eval-games fixed seeds. Writes the curve (--curve) and a checkpoint MODEL.loop.json after every generation; --resume CKPT continues from one. 0: plain training (default).</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>--init starts expert iteration (--generations); plain training continues a model with --resume</source>
        <translation>--init starts expert iteration (--generations); plain training continues a model with --resume</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Self-play on the target itself (mod 2): every game, and every copy of a run&apos;s scheme, in the standard basis instead of a random one.</source>
        <translation>Self-play on the target itself (mod 2): every game, and every copy of a run&apos;s scheme, in the standard basis instead of a random one.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Threads of each self-play run (default 1).</source>
        <translation>Threads of each self-play run (default 1).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Training steps per generation (default 300).</source>
        <translation>Training steps per generation (default 300).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evaluation games per generation (default 8).</source>
        <translation>Evaluation games per generation (default 8).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Simulations per move in self-play and evaluation (default 64).</source>
        <translation>Simulations per move in self-play and evaluation (default 64).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Share of each batch drawn from the replay buffer once it has games, the rest synthetic (default 0.25).</source>
        <translation>Share of each batch drawn from the replay buffer once it has games, the rest synthetic (default 0.25).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Demonstrations the replay buffer keeps, the newest (default 100000).</source>
        <translation>Demonstrations the replay buffer keeps, the newest (default 100000).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the curve to BASE.csv and BASE.json (default: the model file without .tgm).</source>
        <translation>Write the curve to BASE.csv and BASE.json (default: the model file without .tgm).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start expert iteration from this model (and its optimiser state) instead of a fresh network.</source>
        <translation>Start expert iteration from this model (and its optimiser state) instead of a fresh network.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Learn from these schemes too (a scheme file, a file of several, or a folder of them; may be given several times): each verified, then taught in 8 move orders, each in a random basis (the standard one with --no-random-basis), as part of the buffer&apos;s share of each batch. With --generations they start the replay buffer.</source>
        <translation>Learn from these schemes too (a scheme file, a file of several, or a folder of them; may be given several times): each verified, then taught in 8 move orders, each in a random basis (the standard one with --no-random-basis), as part of the buffer&apos;s share of each batch. With --generations they start the replay buffer.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Train the policy/value network on synthetic demonstrations (random sums of rank-1 terms, change-of-basis and move-order augmentation) and write the model file. Without --steps and --time-limit it trains for 60 seconds; with --generations it runs expert iteration (see --generations); Ctrl+C stops it and writes the model. Exit status: 0 done, 2 bad input or an unwritable model file.</source>
        <translation>Train the policy/value network on synthetic demonstrations (random sums of rank-1 terms, change-of-basis and move-order augmentation) and write the model file. Without --steps and --time-limit it trains for 60 seconds; with --generations it runs expert iteration (see --generations); Ctrl+C stops it and writes the model. Exit status: 0 done, 2 bad input or an unwritable model file.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>--steps counts the steps of one training; with --generations use --generation-steps</source>
        <translation>--steps counts the steps of one training; with --generations use --generation-steps</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--run-games needs --generations (expert iteration)</source>
        <translation>--run-games needs --generations (expert iteration)</translation>
    </message>
    <message>
        <location filename="../app/cli/BenchSearch.cpp" line="+13"/>
        <source>&apos;bench search&apos; runs the flip-graph search with the size&apos;s default settings once per seed and reports the time to the target rank (default: &lt;4,4,4&gt; mod 2 to rank 47 on 2 threads, at most 600 s per seed). Exit status 0 when every seed reached the target.</source>
        <translation>&apos;bench search&apos; runs the flip-graph search with the size&apos;s default settings once per seed and reports the time to the target rank (default: &lt;4,4,4&gt; mod 2 to rank 47 on 2 threads, at most 600 s per seed). Exit status 0 when every seed reached the target.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>search</source>
        <translation>search</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Size (default 4,4,4).</source>
        <translation>Size (default 4,4,4).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target rank (default 47).</source>
        <translation>Target rank (default 47).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seeds, comma-separated (default 1,2,3).</source>
        <translation>Seeds, comma-separated (default 1,2,3).</translation>
    </message>
    <message>
        <location filename="../app/cli/BenchAgent.cpp" line="-167"/>
        <location filename="../app/cli/BenchSearch.cpp" line="+1"/>
        <source>Threads per run (default 2).</source>
        <translation>Threads per run (default 2).</translation>
    </message>
    <message>
        <location filename="../app/cli/BenchSearch.cpp" line="+1"/>
        <source>Seconds per seed (default 600).</source>
        <translation>Seconds per seed (default 600).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start from this scheme.</source>
        <translation>Start from this scheme.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One JSON object per seed, then a summary.</source>
        <translation>One JSON object per seed, then a summary.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>--from must name one scheme of --size</source>
        <translation>--from must name one scheme of --size</translation>
    </message>
    <message>
        <location filename="../app/cli/AgentModels.cpp" line="+30"/>
        <source>this build has no network support (LibTorch): %1</source>
        <translation>this build has no network support (LibTorch): %1</translation>
    </message>
    <message>
        <location filename="../app/cli/AgentSearchCommand.cpp" line="+148"/>
        <source>notice: %1</source>
        <translation>notice: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../app/cli/BenchMcts.cpp" line="+52"/>
        <location filename="../app/cli/SearchCommand.cpp" line="+319"/>
        <source>failed: %1</source>
        <translation>failed: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/BenchCommand.cpp" line="+21"/>
        <source>Time loading and verifying schemes.</source>
        <translation>Time loading and verifying schemes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flips per second of the flip-graph search.</source>
        <translation>Flips per second of the flip-graph search.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time of the flip-graph search to a target rank.</source>
        <translation>Time of the flip-graph search to a target rank.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Simulations and evaluations per second of the agent.</source>
        <translation>Simulations and evaluations per second of the agent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s configurations x sizes x seeds, as a table.</source>
        <translation>The agent&apos;s configurations x sizes x seeds, as a table.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schemes on real matrices: time and error beside Eigen.</source>
        <translation>Schemes on real matrices: time and error beside Eigen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evaluations per second of the network.</source>
        <translation>Evaluations per second of the network.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: tensorgame-cli bench WHAT [options] [arguments]</source>
        <translation>Usage: tensorgame-cli bench WHAT [options] [arguments]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Benchmarks:</source>
        <translation>Benchmarks:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run &apos;tensorgame-cli bench WHAT --help&apos; for the options of a benchmark.</source>
        <translation>Run &apos;tensorgame-cli bench WHAT --help&apos; for the options of a benchmark.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>say what to measure: %1</source>
        <translation>say what to measure: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="+41"/>
        <source>--%1 %2 is required</source>
        <translation>--%1 %2 is required</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>--%1 must be %2, not &apos;%3&apos;</source>
        <translation>--%1 must be %2, not &apos;%3&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/OptionValue.cpp" line="+78"/>
        <location line="+74"/>
        <source>a non-negative integer</source>
        <translation>a non-negative integer</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>a positive integer</source>
        <translation>a positive integer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an integer of at least %1</source>
        <translation>an integer of at least %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an integer from %1 to %2</source>
        <translation>an integer from %1 to %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a positive number</source>
        <translation>a positive number</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a non-negative number</source>
        <translation>a non-negative number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number greater than %1</source>
        <translation>a number greater than %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number of at least %1</source>
        <translation>a number of at least %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number greater than %1 and at most %2</source>
        <translation>a number greater than %1 and at most %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number from %1 to %2</source>
        <translation>a number from %1 to %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 or %2</source>
        <translation>%1 or %2</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>a value</source>
        <translation>a value</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>non-negative integers separated by commas</source>
        <translation>non-negative integers separated by commas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>n,m,p with each size from 1 to %1</source>
        <translation>n,m,p with each size from 1 to %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>one of %1</source>
        <translation>one of %1</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommand.cpp" line="-242"/>
        <source>say --size n,m,p or --from SCHEME</source>
        <translation>say --size n,m,p or --from SCHEME</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--from must name exactly one scheme</source>
        <translation>--from must name exactly one scheme</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--size differs from the size of --from</source>
        <translation>--size differs from the size of --from</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>--path cannot be combined with --checkpoint, --resume or a run under mpirun</source>
        <translation>--path cannot be combined with --checkpoint, --resume or a run under mpirun</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>another process of the run could not start (see its message); none starts</source>
        <translation>another process of the run could not start (see its message); none starts</translation>
    </message>
    <message>
        <location filename="../app/cli/NnCommands.cpp" line="+18"/>
        <source>this command needs the network module: %1</source>
        <translation>this command needs the network module: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchSegments.cpp" line="+31"/>
        <source>%1 was written by a run of %2 processes, not %3</source>
        <translation>%1 was written by a run of %2 processes, not %3</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchOptions.h" line="+17"/>
        <source>none (default), or cyclic: walk only schemes invariant under (A,B,C)-&gt;(B,C,A), orbits of three terms plus fixed terms (square sizes n,n,n only).</source>
        <translation>none (default), or cyclic: walk only schemes invariant under (A,B,C)-&gt;(B,C,A), orbits of three terms plus fixed terms (square sizes n,n,n only).</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainLessons.cpp" line="+38"/>
        <source>--lessons names no scheme files</source>
        <translation>--lessons names no scheme files</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 cannot be a lesson: %2</source>
        <translation>%1 cannot be a lesson: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainLoop.cpp" line="+99"/>
        <source>a resumed loop has its lessons in its checkpoint&apos;s replay buffer: give --lessons to a fresh loop only</source>
        <translation>a resumed loop has its lessons in its checkpoint&apos;s replay buffer: give --lessons to a fresh loop only</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/WindowBenchmarks.cpp" line="+79"/>
        <source>cannot write %1</source>
        <translation>cannot write %1</translation>
    </message>
    <message>
        <location filename="../app/gui/LaunchOptions.cpp" line="+88"/>
        <source>Explore matrix-multiplication tensors and fast schemes step by step.</source>
        <translation>Explore matrix-multiplication tensors and fast schemes step by step.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A scheme or episode: a file in any readable format (project or FastMatrixMultiplication JSON, .exp, .m, .mpl, .txt, .npz), FILE.npz#n,m,p, or builtin:KEY such as builtin:laderman or builtin:naive:3,3,3 (default: builtin:strassen).</source>
        <translation>A scheme or episode: a file in any readable format (project or FastMatrixMultiplication JSON, .exp, .m, .mpl, .txt, .npz), FILE.npz#n,m,p, or builtin:KEY such as builtin:laderman or builtin:naive:3,3,3 (default: builtin:strassen).</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Show the state after K moves.</source>
        <translation>Show the state after K moves.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save a PNG picture of the window to FILE and exit.</source>
        <translation>Save a PNG picture of the window to FILE and exit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Window size, e.g. 1200x800.</source>
        <translation>Window size, e.g. 1200x800.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Do not use OpenGL: show the panels without the 3D view.</source>
        <translation>Do not use OpenGL: show the panels without the 3D view.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The scheme to open (the same as the SCHEME argument).</source>
        <translation>The scheme to open (the same as the SCHEME argument).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the 3D view shows: target, residual, term, overlay or gallery.</source>
        <translation>What the 3D view shows: target, residual, term, overlay or gallery.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Orbit the camera around SCHEME and print the time per frame and the time to the first frame, then exit.</source>
        <translation>Orbit the camera around SCHEME and print the time per frame and the time to the first frame, then exit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open SCHEME, print the peak memory, what holds it and whether LibTorch is loaded, then exit.</source>
        <translation>Open SCHEME, print the peak memory, what holds it and whether LibTorch is loaded, then exit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Frames for --bench-render (default 120).</source>
        <translation>Frames for --bench-render (default 120).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use this language (en or ru) instead of the one chosen in View &gt; Language or the system&apos;s.</source>
        <translation>Use this language (en or ru) instead of the one chosen in View &gt; Language or the system&apos;s.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Do not start the guided tour on the first run.</source>
        <translation>Do not start the guided tour on the first run.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open Search &gt; Flip Graph with a flip search&apos;s walk drawn on it (with --screenshot, the picture is of that window).</source>
        <translation>Open Search &gt; Flip Graph with a flip search&apos;s walk drawn on it (with --screenshot, the picture is of that window).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replay a search&apos;s recorded path (tensorgame-cli search --path FILE) in the flip-graph window&apos;s Walk page.</source>
        <translation>Replay a search&apos;s recorded path (tensorgame-cli search --path FILE) in the flip-graph window&apos;s Walk page.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run the scheme on matrices of these sizes in the Run panel, e.g. 64,128,256 (with --screenshot, the picture follows the run).</source>
        <translation>Run the scheme on matrices of these sizes in the Run panel, e.g. 64,128,256 (with --screenshot, the picture follows the run).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open View &gt; Compare Schemes on the schemes of the size on show and wait for its measurements (with --screenshot, the picture is of that dialog).</source>
        <translation>Open View &gt; Compare Schemes on the schemes of the size on show and wait for its measurements (with --screenshot, the picture is of that dialog).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>name at most one SCHEME</source>
        <translation>name at most one SCHEME</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--view wants target, residual, term, overlay or gallery, not &quot;%1&quot;</source>
        <translation>--view wants target, residual, term, overlay or gallery, not &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--language wants one of: %1</source>
        <translation>--language wants one of: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--frames wants a positive number</source>
        <translation>--frames wants a positive number</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--size wants WxH, e.g. 1200x800</source>
        <translation>--size wants WxH, e.g. 1200x800</translation>
    </message>
    <message>
        <location filename="../app/gui/LaunchModes.cpp" line="+118"/>
        <source>Cannot open</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>the flip graph was not built</source>
        <translation>the flip graph was not built</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the flip search&apos;s walk did not finish</source>
        <translation>the flip search&apos;s walk did not finish</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot read %1</source>
        <translation>cannot read %1</translation>
    </message>
    <message>
        <location filename="../app/gui/LaunchOptions.cpp" line="+8"/>
        <source>--step wants a number of moves</source>
        <translation>--step wants a number of moves</translation>
    </message>
</context>
<context>
    <name>tg::AboutDialog</name>
    <message>
        <location filename="../app/gui/AboutDialog.cpp" line="+24"/>
        <source>About TensorGame Explorer</source>
        <translation>About TensorGame Explorer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not built in</source>
        <translation>not built in</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>TensorGame Explorer %1</source>
        <translation>TensorGame Explorer %1</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (built with %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VTK %1</source>
        <translation>VTK %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LibTorch %1</source>
        <translation>LibTorch %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenGL: %1</source>
        <translation>OpenGL: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>See how fast matrix-multiplication algorithms work: open the schemes researchers have published, verify them exactly, step through them term by term in 3D, and search for new ones.</source>
        <translation>See how fast matrix-multiplication algorithms work: open the schemes researchers have published, verify them exactly, step through them term by term in 3D, and search for new ones.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Built-in schemes are written from the original papers (Strassen 1969, Winograd 1971, Hopcroft and Kerr 1971, Laderman 1976). See the README for the data sources and their licences.</source>
        <translation>Built-in schemes are written from the original papers (Strassen 1969, Winograd 1971, Hopcroft and Kerr 1971, Laderman 1976). See the README for the data sources and their licences.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Copy Versions</source>
        <translation>&amp;Copy Versions</translation>
    </message>
</context>
<context>
    <name>tg::AgentPanel</name>
    <message>
        <location filename="../app/gui/AgentPanel.cpp" line="-246"/>
        <source>Tree-search simulations per decision</source>
        <translation>Tree-search simulations per decision</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aim for a scheme of at most this many products: states that provably need more are given up, and tight states are solved exactly. Set to the best known rank when a game starts.</source>
        <translation>Aim for a scheme of at most this many products: states that provably need more are given up, and tight states are solved exactly. Set to the best known rank when a game starts.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>&amp;Think</source>
        <translation>&amp;Think</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Let the agent search from the current state and list its candidate moves</source>
        <translation>Let the agent search from the current state and list its candidate moves</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play &amp;Best Move</source>
        <translation>Play &amp;Best Move</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play &amp;Selected Move</source>
        <translation>Play &amp;Selected Move</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Auto-play</source>
        <translation>&amp;Auto-play</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent thinks and plays until the game ends; undo or Stop to take over</source>
        <translation>The agent thinks and plays until the game ends; undo or Stop to take over</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St&amp;op Agent</source>
        <translation>St&amp;op Agent</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Think lets the agent search from the state on show.</source>
        <translation>Think lets the agent search from the state on show.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prior</source>
        <translation>Prior</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Moves left</source>
        <translation>Moves left</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean number of products still needed after this move, by the search&apos;s estimate</source>
        <translation>Mean number of products still needed after this move, by the search&apos;s estimate</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Simulations:</source>
        <translation>Simulations:</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Train One…</source>
        <translation>Train One…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the Training panel with this game filled in</source>
        <translation>Open the Training panel with this game filled in</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Target rank:</source>
        <translation>Target rank:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network:</source>
        <translation>Network:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%v of %m simulations</source>
        <translation>%v of %m simulations</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>The game changed: Think again for new candidates.</source>
        <translation>The game changed: Think again for new candidates.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The agent is already thinking.</source>
        <translation>The agent is already thinking.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open a scheme first: the agent plays on its tensor.</source>
        <translation>Open a scheme first: the agent plays on its tensor.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The game is solved: nothing left to think about.</source>
        <translation>The game is solved: nothing left to think about.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The agent cannot play this state: %1</source>
        <translation>The agent cannot play this state: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The target rank %1 is already used up by the %2 moves played; raise it.</source>
        <translation>The target rank %1 is already used up by the %2 moves played; raise it.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The agent cannot load its network: %1</source>
        <translation>The agent cannot load its network: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Thinking about step %1…</source>
        <translation>Thinking about step %1…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>mod 2</source>
        <translation>mod 2</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>coefficients {%1}</source>
        <translation>coefficients {%1}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No trained network exists for %1 with %2, so the agent guesses uniformly: every candidate move gets the same prior.</source>
        <translation>No trained network exists for %1 with %2, so the agent guesses uniformly: every candidate move gets the same prior.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>w completed</source>
        <translation>w completed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pair of completion terms</source>
        <translation>pair of completion terms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lowers a flattening rank</source>
        <translation>lowers a flattening rank</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>endgame solver</source>
        <translation>endgame solver</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The agent failed: %1</source>
        <translation>The agent failed: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Stopped after %n simulation(s).</source>
        <translation>
            <numerusform>Stopped after %n simulation.</numerusform>
            <numerusform>Stopped after %n simulations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Found a way to finish in %n more move(s).</source>
        <translation>
            <numerusform>Found a way to finish in %n more move.</numerusform>
            <numerusform>Found a way to finish in %n more moves.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No way to reach the target rank from here was found; undo, or raise the target.</source>
        <translation>No way to reach the target rank from here was found; undo, or raise the target.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n simulation(s) in %1 s.</source>
        <translation>
            <numerusform>%n simulation in %1 s.</numerusform>
            <numerusform>%n simulations in %1 s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>finishes in %n more</source>
        <translation>
            <numerusform>finishes in %n more</numerusform>
            <numerusform>finishes in %n more</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hopeless</source>
        <translation>hopeless</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The move was refused: %1</source>
        <translation>The move was refused: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Solved with %n product(s).</source>
        <translation>
            <numerusform>Solved with %n product.</numerusform>
            <numerusform>Solved with %n products.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent played m%1.</source>
        <translation>The agent played m%1.</translation>
    </message>
</context>
<context>
    <name>tg::AgentSearchRunner</name>
    <message numerus="yes">
        <location filename="../widgets/AgentSearchRunner.cpp" line="+24"/>
        <source>%n game(s), %1 network evaluations</source>
        <translation>
            <numerusform>%n game, %1 network evaluations</numerusform>
            <numerusform>%n games, %1 network evaluations</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>thread %1, game %2</source>
        <translation>thread %1, game %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>agent, seed %1, %2</source>
        <translation>agent, seed %1, %2</translation>
    </message>
    <message>
        <location filename="../widgets/AgentSearchRunner.h" line="+29"/>
        <source>simulations/s</source>
        <translation>simulations/s</translation>
    </message>
</context>
<context>
    <name>tg::AgentThinker</name>
    <message>
        <location filename="../app/gui/AgentThinker.cpp" line="+29"/>
        <source>uniform (no network)</source>
        <translation>uniform (no network)</translation>
    </message>
</context>
<context>
    <name>tg::BuiltinNames</name>
    <message>
        <location filename="../app/gui/BuiltinNames.cpp" line="+14"/>
        <source>Naive</source>
        <translation>Naive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The schoolbook algorithm (builtin:naive:n,m,p for any size)</source>
        <translation>The schoolbook algorithm (builtin:naive:n,m,p for any size)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strassen (1969)</source>
        <translation>Strassen (1969)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>7 multiplications for 2x2</source>
        <translation>7 multiplications for 2x2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Winograd (1971)</source>
        <translation>Winograd (1971)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>7 multiplications, 15 additions for 2x2</source>
        <translation>7 multiplications, 15 additions for 2x2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hopcroft-Kerr (1971)</source>
        <translation>Hopcroft-Kerr (1971)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>11 multiplications for 2x2 times 2x3</source>
        <translation>11 multiplications for 2x2 times 2x3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hopcroft-Kerr, rotated</source>
        <translation>Hopcroft-Kerr, rotated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>11 multiplications for 2x3 times 3x2</source>
        <translation>11 multiplications for 2x3 times 3x2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hopcroft-Kerr, rotated twice</source>
        <translation>Hopcroft-Kerr, rotated twice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>11 multiplications for 3x2 times 2x2</source>
        <translation>11 multiplications for 3x2 times 2x2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strassen (+) Strassen</source>
        <translation>Strassen (+) Strassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>14 multiplications for 2x2 times 2x4</source>
        <translation>14 multiplications for 2x2 times 2x4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laderman (1976)</source>
        <translation>Laderman (1976)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>23 multiplications for 3x3</source>
        <translation>23 multiplications for 3x3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strassen x Strassen</source>
        <translation>Strassen x Strassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>49 multiplications for 4x4</source>
        <translation>49 multiplications for 4x4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laderman x Strassen</source>
        <translation>Laderman x Strassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>161 multiplications for 6x6</source>
        <translation>161 multiplications for 6x6</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Naive %1</source>
        <translation>Naive %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hopcroft-Kerr %1 (1971)</source>
        <translation>Hopcroft-Kerr %1 (1971)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hopcroft-Kerr %1</source>
        <translation>Hopcroft-Kerr %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strassen (+) Strassen %1</source>
        <translation>Strassen (+) Strassen %1</translation>
    </message>
</context>
<context>
    <name>tg::CompareDialog</name>
    <message>
        <location filename="../app/gui/CompareDialog.cpp" line="+52"/>
        <source>Compare Schemes</source>
        <translation>Compare Schemes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The stability factor e bounds how much one level of a scheme can magnify rounding errors (Bini–Lotti 1980; Ballard et al. 2016): L levels give a bound growing like e^L. The errors are measured: ‖Ĉ − C‖ / ‖C‖ for one product of random n × n matrices (entries in [−1, 1], the same for every scheme) with L levels of each scheme, against a long double reference.</source>
        <translation>The stability factor e bounds how much one level of a scheme can magnify rounding errors (Bini–Lotti 1980; Ballard et al. 2016): L levels give a bound growing like e^L. The errors are measured: ‖Ĉ − C‖ / ‖C‖ for one product of random n × n matrices (entries in [−1, 1], the same for every scheme) with L levels of each scheme, against a long double reference.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Scheme</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Additions</source>
        <translation>Additions</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stability factor</source>
        <translation>Stability factor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ring</source>
        <translation>Ring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error (float)</source>
        <translation>Error (float)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Error (double)</source>
        <translation>Error (double)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With shared subexpressions, as the Formulas panel counts them</source>
        <translation>With shared subexpressions, as the Formulas panel counts them</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the scheme is valid: Z (integers), Q (fractions), mod 2</source>
        <translation>Where the scheme is valid: Z (integers), Q (fractions), mod 2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Copy Table</source>
        <translation>&amp;Copy Table</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The matrices are n × n; sizes that do not divide are padded</source>
        <translation>The matrices are n × n; sizes that do not divide are padded</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Levels of each scheme before Eigen&apos;s product takes over (fewer when the blocks run out first)</source>
        <translation>Levels of each scheme before Eigen&apos;s product takes over (fewer when the blocks run out first)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Measure</source>
        <translation>&amp;Measure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sto&amp;p</source>
        <translation>Sto&amp;p</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Matrix size &amp;n:</source>
        <translation>Matrix size &amp;n:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Levels L:</source>
        <translation>&amp;Levels L:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Copy &amp;Table</source>
        <translation>Copy &amp;Table</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../app/gui/CompareDialogRun.cpp" line="+118"/>
        <location line="+4"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many terms to count quickly</source>
        <translation>Too many terms to count quickly</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Valid only modulo 2</source>
        <translation>Valid only modulo 2</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Copied the table (tab-separated, %n scheme(s)).</source>
        <translation>
            <numerusform>Copied the table (tab-separated, %n scheme).</numerusform>
            <numerusform>Copied the table (tab-separated, %n schemes).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/CompareDialogRun.cpp" line="-78"/>
        <source>Too many terms to plan the shared additions quickly: not measured here (tensorgame-cli bench apply measures it, given minutes).</source>
        <translation>Too many terms to plan the shared additions quickly: not measured here (tensorgame-cli bench apply measures it, given minutes).</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Measuring on %1 × %1 matrices…</source>
        <translation>Measuring on %1 × %1 matrices…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Valid only modulo 2: over the real numbers this scheme does not compute the product, so it has no rounding error to measure.</source>
        <translation>Valid only modulo 2: over the real numbers this scheme does not compute the product, so it has no rounding error to measure.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 u (u: the unit roundoff of the type); levels L = %2, n = %3</source>
        <translation>%1 u (u: the unit roundoff of the type); levels L = %2, n = %3</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Stopped after %n measurement(s).</source>
        <translation>
            <numerusform>Stopped after %n measurement.</numerusform>
            <numerusform>Stopped after %n measurements.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The measurement failed: %1</source>
        <translation>The measurement failed: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done: every scheme measured in float and double.</source>
        <translation>Done: every scheme measured in float and double.</translation>
    </message>
</context>
<context>
    <name>tg::ExportActions</name>
    <message>
        <location filename="../app/gui/ExportActions.cpp" line="+29"/>
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3D &amp;View as PNG…</source>
        <translation>3D &amp;View as PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export 3D View</source>
        <translation>Export 3D View</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Window as PNG…</source>
        <translation>&amp;Window as PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Window</source>
        <translation>Export Window</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Scheme As…</source>
        <translation>&amp;Scheme As…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export Scheme</source>
        <translation>Export Scheme</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Episode as PNG Sequence…</source>
        <translation>&amp;Episode as PNG Sequence…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Episode Frames</source>
        <translation>Export Episode Frames</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n frames in %1</source>
        <translation>
            <numerusform>%n frame in %1</numerusform>
            <numerusform>%n frames in %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Formulas</source>
        <translation>&amp;Formulas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;LaTeX</source>
        <translation>&amp;LaTeX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;C++ Code</source>
        <translation>&amp;C++ Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Python Code</source>
        <translation>&amp;Python Code</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copied to the clipboard</source>
        <translation>Copied to the clipboard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export Failed</source>
        <translation>Export Failed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported %1</source>
        <translation>Exported %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the 3D view is not available</source>
        <translation>the 3D view is not available</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>cannot write %1</source>
        <translation>cannot write %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: no writable format has this extension</source>
        <translation>%1: no writable format has this extension</translation>
    </message>
</context>
<context>
    <name>tg::FactorPanel</name>
    <message>
        <location filename="../widgets/FactorPanel.cpp" line="+34"/>
        <source>w indexes C transposed: w[k·n+i] is the coefficient of c_ik. This grid shows C the right way round, so the cell in row i, column k is c_ik.</source>
        <translation>w indexes C transposed: w[k·n+i] is the coefficient of c_ik. This grid shows C the right way round, so the cell in row i, column k is c_ik.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>u: coefficients of A (%1×%2)</source>
        <translation>u: coefficients of A (%1×%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>v: coefficients of B (%1×%2)</source>
        <translation>v: coefficients of B (%1×%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>w: where it goes in C (%1×%2, c_ik)</source>
        <translation>w: where it goes in C (%1×%2, c_ik)</translation>
    </message>
</context>
<context>
    <name>tg::FlipGraphView</name>
    <message>
        <location filename="../widgets/FlipGraphView.cpp" line="+90"/>
        <source>Flip graph</source>
        <translation>Flip graph</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Orbit %1: rank %2, %3 flips from the naive scheme, %4 schemes in the orbit, %5 edges</source>
        <translation>Orbit %1: rank %2, %3 flips from the naive scheme, %4 schemes in the orbit, %5 edges</translation>
    </message>
</context>
<context>
    <name>tg::FlipGraphWindow</name>
    <message>
        <location filename="../app/gui/FlipGraphWindow.cpp" line="+56"/>
        <source>Flip Graph</source>
        <translation>Flip Graph</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Flip Graph of ⟨2,2,2⟩ mod 2</source>
        <translation>Flip Graph of ⟨2,2,2⟩ mod 2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Walk</source>
        <translation>Walk</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Building the flip graph…</source>
        <translation>Building the flip graph…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each dot is an orbit of schemes under the symmetries of the tensor, placed by its distance in flips from the naive scheme (left). Blue: rank 8; green: rank 7 (Strassen&apos;s orbit); orange: orbits a walk visited, darker the more often, and a thick orange line for its last moves. Grey lines are flips, dashed green lines reductions. Hover a dot to light its flips; click it to open it in the explorer. Wheel or +/− zoom, drag or the arrow keys pan, 0 fits, PageUp and PageDown step through the orbits, Return opens the selected one.</source>
        <translation>Each dot is an orbit of schemes under the symmetries of the tensor, placed by its distance in flips from the naive scheme (left). Blue: rank 8; green: rank 7 (Strassen&apos;s orbit); orange: orbits a walk visited, darker the more often, and a thick orange line for its last moves. Grey lines are flips, dashed green lines reductions. Hover a dot to light its flips; click it to open it in the explorer. Wheel or +/− zoom, drag or the arrow keys pan, 0 fits, PageUp and PageDown step through the orbits, Return opens the selected one.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+148"/>
        <source>No orbit selected.</source>
        <translation>No orbit selected.</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Where the flips lead</source>
        <translation>Where the flips lead</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open in the Explorer</source>
        <translation>Open in the Explorer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Walk a Flip Search</source>
        <translation>Walk a Flip Search</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run a short flip search from the naive scheme to rank 7 and draw its walk</source>
        <translation>Run a short flip search from the naive scheme to rank 7 and draw its walk</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Where its flips lead:</source>
        <translation>Where its flips lead:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Search Path…</source>
        <translation>&amp;Open Search Path…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;Out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fit the Graph</source>
        <translation>&amp;Fit the Graph</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Graph</source>
        <translation>&amp;Graph</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>W&amp;alk</source>
        <translation>W&amp;alk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Walk</source>
        <translation>&amp;Walk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Walk a Flip Search</source>
        <translation>&amp;Walk a Flip Search</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open Step in the Explorer</source>
        <translation>&amp;Open Step in the Explorer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The flip graph could not be built: %1</source>
        <translation>The flip graph could not be built: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 orbits of rank 8 (%2 schemes) and %3 of rank 7, joined by %4 flip edges and %5 reductions; the farthest orbit is %6 flips from the naive scheme.</source>
        <translation>%1 orbits of rank 8 (%2 schemes) and %3 of rank 7, joined by %4 flip edges and %5 reductions; the farthest orbit is %6 flips from the naive scheme.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This is every orbit the naive scheme reaches by flips.</source>
        <translation>This is every orbit the naive scheme reaches by flips.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bounded: only the first %1 orbits in breadth-first order are drawn.</source>
        <translation>Bounded: only the first %1 orbits in breadth-first order are drawn.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Orbit %1: rank %2, %3 flips from the naive scheme, %4 schemes.</source>
        <translation>Orbit %1: rank %2, %3 flips from the naive scheme, %4 schemes.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>reduction → orbit %1 (rank %2)</source>
        <translation>reduction → orbit %1 (rank %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reached by a reduction from orbit %1</source>
        <translation>reached by a reduction from orbit %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>flip → orbit %1 (rank %2, %3 from naive)</source>
        <translation>flip → orbit %1 (rank %2, %3 from naive)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>[terms %1 and %2 share %3; %4 such flips]</source>
        <translation>[terms %1 and %2 share %3; %4 such flips]</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Flip graph orbit %1 (rank %2)</source>
        <translation>Flip graph orbit %1 (rank %2)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The walk failed: %1</source>
        <translation>The walk failed: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A flip search (seed %1)</source>
        <translation>A flip search (seed %1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open Search Path</source>
        <translation>Open Search Path</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search paths (*.json);;All files (*)</source>
        <translation>Search paths (*.json);;All files (*)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot open the path: %1</source>
        <translation>Cannot open the path: %1</translation>
    </message>
</context>
<context>
    <name>tg::FlipSearchRunner</name>
    <message>
        <location filename="../widgets/FlipSearchRunner.cpp" line="+39"/>
        <source>walkers at rank %1</source>
        <translation>walkers at rank %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>walker %1, step %2</source>
        <translation>walker %1, step %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing below the start&apos;s rank %1 was found.</source>
        <translation>Nothing below the start&apos;s rank %1 was found.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+11"/>
        <source>final choice, walker %1, step %2</source>
        <translation>final choice, walker %1, step %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>flip search, seed %1, %2</source>
        <translation>flip search, seed %1, %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 flips, %2 reductions, %3 plus transitions</source>
        <translation>%1 flips, %2 reductions, %3 plus transitions</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The walk&apos;s path of %1 steps (%2) was not saved: it has more than %3.</source>
        <translation>The walk&apos;s path of %1 steps (%2) was not saved: it has more than %3.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The walk&apos;s path (%1) was saved to %2.</source>
        <translation>The walk&apos;s path (%1) was saved to %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The walk&apos;s path was not saved: %1</source>
        <translation>The walk&apos;s path was not saved: %1</translation>
    </message>
    <message>
        <location filename="../widgets/FlipSearchRunner.h" line="+29"/>
        <source>flips/s</source>
        <translation>flips/s</translation>
    </message>
</context>
<context>
    <name>tg::FormulaPanel</name>
    <message>
        <location filename="../widgets/FormulaPanel.cpp" line="+31"/>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Click a product to show the residual just after it</source>
        <translation>Click a product to show the residual just after it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entries of C</source>
        <translation>Entries of C</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The w factors index C transposed: w[k·n+i] is the coefficient of c_ik.</source>
        <translation>The w factors index C transposed: w[k·n+i] is the coefficient of c_ik.</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>%n multiplications</source>
        <translation>
            <numerusform>%n multiplication</numerusform>
            <numerusform>%n multiplications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n additions</source>
        <translation>
            <numerusform>%n addition</numerusform>
            <numerusform>%n additions</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>stability factor %1</source>
        <translation>stability factor %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (counting shared subexpressions…)</source>
        <translation> (counting shared subexpressions…)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source> (%1 with shared subexpressions)</source>
        <translation> (%1 with shared subexpressions)</translation>
    </message>
    <message numerus="yes">
        <location line="-37"/>
        <source>%n scalings</source>
        <translation>
            <numerusform>%n scaling</numerusform>
            <numerusform>%n scalings</numerusform>
        </translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Additions: forming each linear form of A and B, then each entry of C, without sharing; in brackets with common subexpressions computed once (greedy). Stability factor: the largest, over the entries of C, sum of |w| times the sizes (1-norms) of the product&apos;s A and B forms; each recursion level multiplies the rounding-error bound by it (Bini and Lotti; Ballard et al. 2016).</source>
        <translation>Additions: forming each linear form of A and B, then each entry of C, without sharing; in brackets with common subexpressions computed once (greedy). Stability factor: the largest, over the entries of C, sum of |w| times the sizes (1-norms) of the product&apos;s A and B forms; each recursion level multiplies the rounding-error bound by it (Bini and Lotti; Ballard et al. 2016).</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>✓ </source>
        <translation>✓ </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Complete: the residual no longer touches this entry</source>
        <translation>Complete: the residual no longer touches this entry</translation>
    </message>
</context>
<context>
    <name>tg::GalleryBar</name>
    <message>
        <location filename="../app/gui/GalleryBar.cpp" line="+19"/>
        <source>Previous page of terms (Page Up)</source>
        <translation>Previous page of terms (Page Up)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next page of terms (Page Down)</source>
        <translation>Next page of terms (Page Down)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show the page holding this term, highlighted</source>
        <translation>Show the page holding this term, highlighted</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show only the terms whose w is nonzero at this entry of C</source>
        <translation>Show only the terms whose w is nonzero at this entry of C</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Go to term:</source>
        <translation>Go to term:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>All terms</source>
        <translation>All terms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terms that write %1</source>
        <translation>Terms that write %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page %1 of %2 (m%3–m%4)</source>
        <translation>Page %1 of %2 (m%3–m%4)</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 of %n terms</source>
        <translation>
            <numerusform>%1 of %n term</numerusform>
            <numerusform>%1 of %n terms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n terms</source>
        <translation>
            <numerusform>%n term</numerusform>
            <numerusform>%n terms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tg::GenerationChart</name>
    <message>
        <location filename="../app/gui/GenerationChart.cpp" line="+13"/>
        <source>success rate (%)</source>
        <translation>success rate (%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean rank</source>
        <translation>mean rank</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>self-play&apos;s best rank</source>
        <translation>self-play&apos;s best rank</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>generation</source>
        <translation>generation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>success (%)</source>
        <translation>success (%)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rank</source>
        <translation>rank</translation>
    </message>
</context>
<context>
    <name>tg::GuidedTour</name>
    <message>
        <location filename="../app/gui/GuidedTour.cpp" line="+104"/>
        <source>Guided Tour: Strassen&apos;s Algorithm</source>
        <translation>Guided Tour: Strassen&apos;s Algorithm</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>The tensor T⟨2,2,2⟩</source>
        <translation>The tensor T⟨2,2,2⟩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;Multiplying two 2×2 matrices the schoolbook way takes &lt;b&gt;8&lt;/b&gt; multiplications: each entry c&lt;sub&gt;ik&lt;/sub&gt; of C = AB is a&lt;sub&gt;i1&lt;/sub&gt;b&lt;sub&gt;1k&lt;/sub&gt; + a&lt;sub&gt;i2&lt;/sub&gt;b&lt;sub&gt;2k&lt;/sub&gt;.&lt;/p&gt;&lt;p&gt;The 3D view shows this as the &lt;b&gt;matrix-multiplication tensor&lt;/b&gt;. Its three axes are the entries of A, B and C; a cube at (a&lt;sub&gt;ij&lt;/sub&gt;, b&lt;sub&gt;jk&lt;/sub&gt;, c&lt;sub&gt;ik&lt;/sub&gt;) says that the product a&lt;sub&gt;ij&lt;/sub&gt;·b&lt;sub&gt;jk&lt;/sub&gt; belongs in c&lt;sub&gt;ik&lt;/sub&gt;. There are 8 cubes, one per multiplication.&lt;/p&gt;&lt;p&gt;Point at a cube to read what it means. Drag to rotate the view, use the wheel to zoom.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Multiplying two 2×2 matrices the schoolbook way takes &lt;b&gt;8&lt;/b&gt; multiplications: each entry c&lt;sub&gt;ik&lt;/sub&gt; of C = AB is a&lt;sub&gt;i1&lt;/sub&gt;b&lt;sub&gt;1k&lt;/sub&gt; + a&lt;sub&gt;i2&lt;/sub&gt;b&lt;sub&gt;2k&lt;/sub&gt;.&lt;/p&gt;&lt;p&gt;The 3D view shows this as the &lt;b&gt;matrix-multiplication tensor&lt;/b&gt;. Its three axes are the entries of A, B and C; a cube at (a&lt;sub&gt;ij&lt;/sub&gt;, b&lt;sub&gt;jk&lt;/sub&gt;, c&lt;sub&gt;ik&lt;/sub&gt;) says that the product a&lt;sub&gt;ij&lt;/sub&gt;·b&lt;sub&gt;jk&lt;/sub&gt; belongs in c&lt;sub&gt;ik&lt;/sub&gt;. There are 8 cubes, one per multiplication.&lt;/p&gt;&lt;p&gt;Point at a cube to read what it means. Drag to rotate the view, use the wheel to zoom.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>One term: m1 = (a11 + a22)(b11 + b22)</source>
        <translation>One term: m1 = (a11 + a22)(b11 + b22)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;A faster algorithm writes the tensor as a sum of &lt;b&gt;rank-1 terms&lt;/b&gt; u⊗v⊗w. Each term is &lt;b&gt;one multiplication&lt;/b&gt;: a sum of entries of A (u) times a sum of entries of B (v), added to some entries of C (w).&lt;/p&gt;&lt;p&gt;Strassen&apos;s first term m1 = (a11 + a22)(b11 + b22) goes to c11 and c22. It touches the 2×2×2 = 8 outlined cells: it removes the cubes a11·b11→c11 and a22·b22→c22, which it computes correctly, and leaves −1 where it adds a product that does not belong, such as a11·b22 in c11. The status bar counts the residual T − m1: 12 nonzero entries.&lt;/p&gt;&lt;p&gt;The Factors panel shows u, v and w as grids shaped like A, B and C.&lt;/p&gt;</source>
        <translation>&lt;p&gt;A faster algorithm writes the tensor as a sum of &lt;b&gt;rank-1 terms&lt;/b&gt; u⊗v⊗w. Each term is &lt;b&gt;one multiplication&lt;/b&gt;: a sum of entries of A (u) times a sum of entries of B (v), added to some entries of C (w).&lt;/p&gt;&lt;p&gt;Strassen&apos;s first term m1 = (a11 + a22)(b11 + b22) goes to c11 and c22. It touches the 2×2×2 = 8 outlined cells: it removes the cubes a11·b11→c11 and a22·b22→c22, which it computes correctly, and leaves −1 where it adds a product that does not belong, such as a11·b22 in c11. The status bar counts the residual T − m1: 12 nonzero entries.&lt;/p&gt;&lt;p&gt;The Factors panel shows u, v and w as grids shaped like A, B and C.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Step by step</source>
        <translation>Step by step</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;The &lt;b&gt;residual&lt;/b&gt; is what is left to compute. Each further term removes what it can and cancels the extra products that earlier terms brought in.&lt;/p&gt;&lt;p&gt;Press → and ← (the Go menu) to step through the terms, Space to play them one after another. The status bar shows the step, the nonzero entries of the residual, and a lower bound on the number of terms still needed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;The &lt;b&gt;residual&lt;/b&gt; is what is left to compute. Each further term removes what it can and cancels the extra products that earlier terms brought in.&lt;/p&gt;&lt;p&gt;Press → and ← (the Go menu) to step through the terms, Space to play them one after another. The status bar shows the step, the nonzero entries of the residual, and a lower bound on the number of terms still needed.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why 7 terms suffice</source>
        <translation>Why 7 terms suffice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;After the seventh term the residual is &lt;b&gt;zero&lt;/b&gt;: the seven products add up to exactly T⟨2,2,2⟩, so they compute every entry of C. That is Strassen&apos;s algorithm: 7 multiplications instead of 8.&lt;/p&gt;&lt;p&gt;One multiplication saved looks small, but the entries may themselves be matrices: applied to blocks, again and again, the scheme multiplies n×n matrices in about n&lt;sup&gt;2.81&lt;/sup&gt; operations instead of n&lt;sup&gt;3&lt;/sup&gt;. Six terms are not enough: the rank of T⟨2,2,2⟩ is 7 (Winograd, 1971).&lt;/p&gt;</source>
        <translation>&lt;p&gt;After the seventh term the residual is &lt;b&gt;zero&lt;/b&gt;: the seven products add up to exactly T⟨2,2,2⟩, so they compute every entry of C. That is Strassen&apos;s algorithm: 7 multiplications instead of 8.&lt;/p&gt;&lt;p&gt;One multiplication saved looks small, but the entries may themselves be matrices: applied to blocks, again and again, the scheme multiplies n×n matrices in about n&lt;sup&gt;2.81&lt;/sup&gt; operations instead of n&lt;sup&gt;3&lt;/sup&gt;. Six terms are not enough: the rank of T⟨2,2,2⟩ is 7 (Winograd, 1971).&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading off C</source>
        <translation>Reading off C</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;The Formulas panel lists the seven products and how C is assembled from them:&lt;/p&gt;&lt;p&gt;c11 = m1 + m4 − m5 + m7&lt;br&gt;c12 = m3 + m5&lt;br&gt;c21 = m2 + m4&lt;br&gt;c22 = m1 − m2 + m3 + m6&lt;/p&gt;&lt;p&gt;The coefficients are the entries of w: term m&lt;sub&gt;r&lt;/sub&gt; adds w&lt;sub&gt;r&lt;/sub&gt;[c&lt;sub&gt;ik&lt;/sub&gt;]·m&lt;sub&gt;r&lt;/sub&gt; to c&lt;sub&gt;ik&lt;/sub&gt;. Click a product in the panel to go to its step; the panel marks the entries of C that are already complete. Edit &gt; Copy Scheme As gives the formulas as text, LaTeX or code.&lt;/p&gt;</source>
        <translation>&lt;p&gt;The Formulas panel lists the seven products and how C is assembled from them:&lt;/p&gt;&lt;p&gt;c11 = m1 + m4 − m5 + m7&lt;br&gt;c12 = m3 + m5&lt;br&gt;c21 = m2 + m4&lt;br&gt;c22 = m1 − m2 + m3 + m6&lt;/p&gt;&lt;p&gt;The coefficients are the entries of w: term m&lt;sub&gt;r&lt;/sub&gt; adds w&lt;sub&gt;r&lt;/sub&gt;[c&lt;sub&gt;ik&lt;/sub&gt;]·m&lt;sub&gt;r&lt;/sub&gt; to c&lt;sub&gt;ik&lt;/sub&gt;. Click a product in the panel to go to its step; the panel marks the entries of C that are already complete. Edit &gt; Copy Scheme As gives the formulas as text, LaTeX or code.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your turn</source>
        <translation>Your turn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;Game &gt; Play From This Step&lt;/b&gt; (Ctrl+P) lets you compose your own moves: click the coefficients of u, v and w, watch the preview, apply, undo. Reaching zero in R moves is an algorithm with R multiplications.&lt;/p&gt;&lt;p&gt;The Library opens Laderman&apos;s 23 products for 3×3 matrices and the schemes AlphaTensor found; the Transform menu makes new schemes from old ones; File &gt; Export writes pictures, formulas and code.&lt;/p&gt;&lt;p&gt;Help &gt; User Guide explains every view and command; Help &gt; Guided Tour brings this tour back.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Game &gt; Play From This Step&lt;/b&gt; (Ctrl+P) lets you compose your own moves: click the coefficients of u, v and w, watch the preview, apply, undo. Reaching zero in R moves is an algorithm with R multiplications.&lt;/p&gt;&lt;p&gt;The Library opens Laderman&apos;s 23 products for 3×3 matrices and the schemes AlphaTensor found; the Transform menu makes new schemes from old ones; File &gt; Export writes pictures, formulas and code.&lt;/p&gt;&lt;p&gt;Help &gt; User Guide explains every view and command; Help &gt; Guided Tour brings this tour back.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Skip Tour</source>
        <translation>&amp;Skip Tour</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location filename="../app/gui/GuidedTourFlips.cpp" line="+13"/>
        <source>Flips: new terms, the same product</source>
        <translation>Flips: new terms, the same product</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;How are schemes like Strassen&apos;s found today? Mostly by &lt;b&gt;flip graph search&lt;/b&gt; (Kauers and Moosbauer, 2022). The schoolbook scheme on show has 8 terms; its first two, a11·b11→c11 and a11·b12→c12, share the factor a11.&lt;/p&gt;&lt;p&gt;Two terms sharing a factor a can trade: a⊗x⊗y + a⊗x′⊗y′ = a⊗(x + x′)⊗y + a⊗x′⊗(y′ − y). Here that gives a11·(b11 + b12)→c11 and a11·b12→(c12 − c11). This is a &lt;b&gt;flip&lt;/b&gt;: two terms change, their sum does not, so the scheme still computes AB with as many multiplications.&lt;/p&gt;</source>
        <translation>&lt;p&gt;How are schemes like Strassen&apos;s found today? Mostly by &lt;b&gt;flip graph search&lt;/b&gt; (Kauers and Moosbauer, 2022). The schoolbook scheme on show has 8 terms; its first two, a11·b11→c11 and a11·b12→c12, share the factor a11.&lt;/p&gt;&lt;p&gt;Two terms sharing a factor a can trade: a⊗x⊗y + a⊗x′⊗y′ = a⊗(x + x′)⊗y + a⊗x′⊗(y′ − y). Here that gives a11·(b11 + b12)→c11 and a11·b12→(c12 − c11). This is a &lt;b&gt;flip&lt;/b&gt;: two terms change, their sum does not, so the scheme still computes AB with as many multiplications.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reductions: one term fewer</source>
        <translation>Reductions: one term fewer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;A flip alone never saves anything. But it can make two terms share &lt;b&gt;two&lt;/b&gt; factors, and then they merge: a⊗x⊗y + a⊗x⊗y′ = a⊗x⊗(y + y′). That is a &lt;b&gt;reduction&lt;/b&gt;: one multiplication less.&lt;/p&gt;&lt;p&gt;A flip search walks at random from flip to flip and takes every reduction it meets. &lt;b&gt;Search &gt; Flip Graph&lt;/b&gt; (Ctrl+G) draws every scheme of rank 8 for 2×2 matrices mod 2 that flips reach from this one, one dot per class of schemes equal up to the symmetries of the tensor: 262 classes, and one class of rank 7 (Strassen&apos;s) reached by reductions. Its Walk button runs a search and draws the path it took.&lt;/p&gt;</source>
        <translation>&lt;p&gt;A flip alone never saves anything. But it can make two terms share &lt;b&gt;two&lt;/b&gt; factors, and then they merge: a⊗x⊗y + a⊗x⊗y′ = a⊗x⊗(y + y′). That is a &lt;b&gt;reduction&lt;/b&gt;: one multiplication less.&lt;/p&gt;&lt;p&gt;A flip search walks at random from flip to flip and takes every reduction it meets. &lt;b&gt;Search &gt; Flip Graph&lt;/b&gt; (Ctrl+G) draws every scheme of rank 8 for 2×2 matrices mod 2 that flips reach from this one, one dot per class of schemes equal up to the symmetries of the tensor: 262 classes, and one class of rank 7 (Strassen&apos;s) reached by reductions. Its Walk button runs a search and draws the path it took.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>From 27 to Laderman&apos;s 23</source>
        <translation>From 27 to Laderman&apos;s 23</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;For 3×3 matrices the schoolbook scheme has 27 terms. Laderman found 23 by hand in 1976, shown here; no one has found 22.&lt;/p&gt;&lt;p&gt;A flip walk from the 27 gets there on its own, in a fraction of a second: &lt;tt&gt;tensorgame-cli search --size 3,3,3 --target-rank 23 --seed 1 --path walk.json&lt;/tt&gt; (mod 2) took 21,095 steps: 21,087 flips, 6 reductions and 2 &lt;b&gt;plus transitions&lt;/b&gt;, which split a term in two (rank + 1) when the walk is stuck, to open new flips. Almost every step keeps the rank: the walk wanders until a reduction appears.&lt;/p&gt;&lt;p&gt;Search &gt; Open Search Path (Ctrl+Shift+O) replays such a path: rank against step, each reduction and plus transition marked, every step&apos;s scheme one click from the explorer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;For 3×3 matrices the schoolbook scheme has 27 terms. Laderman found 23 by hand in 1976, shown here; no one has found 22.&lt;/p&gt;&lt;p&gt;A flip walk from the 27 gets there on its own, in a fraction of a second: &lt;tt&gt;tensorgame-cli search --size 3,3,3 --target-rank 23 --seed 1 --path walk.json&lt;/tt&gt; (mod 2) took 21,095 steps: 21,087 flips, 6 reductions and 2 &lt;b&gt;plus transitions&lt;/b&gt;, which split a term in two (rank + 1) when the walk is stuck, to open new flips. Almost every step keeps the rank: the walk wanders until a reduction appears.&lt;/p&gt;&lt;p&gt;Search &gt; Open Search Path (Ctrl+Shift+O) replays such a path: rank against step, each reduction and plus transition marked, every step&apos;s scheme one click from the explorer.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>tg::HelpActions</name>
    <message>
        <location filename="../app/gui/HelpActions.cpp" line="+20"/>
        <source>&amp;User Guide</source>
        <translation>&amp;User Guide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How to open schemes, step through them, play, transform and export</source>
        <translation>How to open schemes, step through them, play, transform and export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guided &amp;Tour</source>
        <translation>Guided &amp;Tour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk through Strassen&apos;s algorithm step by step</source>
        <translation>Walk through Strassen&apos;s algorithm step by step</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About TensorGame Explorer</source>
        <translation>&amp;About TensorGame Explorer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
</context>
<context>
    <name>tg::LanguageMenu</name>
    <message>
        <location filename="../app/gui/LanguageMenu.cpp" line="+14"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;System Default (%1)</source>
        <translation>&amp;System Default (%1)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language is used when TensorGame Explorer starts again.</source>
        <translation>The new language is used when TensorGame Explorer starts again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restart Now</source>
        <translation>&amp;Restart Now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
</context>
<context>
    <name>tg::LessonsPicker</name>
    <message>
        <location filename="../app/gui/LessonsPicker.cpp" line="+29"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scheme files the network learns from beside its synthetic demonstrations: each scheme, verified exactly, is taught in 8 move orders (mod 2 in random bases when Random bases is checked). Expert iteration starts its replay buffer with them.</source>
        <translation>Scheme files the network learns from beside its synthetic demonstrations: each scheme, verified exactly, is taught in 8 move orders (mod 2 in random bases when Random bases is checked). Expert iteration starts its replay buffer with them.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose Lessons</source>
        <translation>Choose Lessons</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot read the lesson %1: %2</source>
        <translation>Cannot read the lesson %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cannot be a lesson: %2</source>
        <translation>%1 cannot be a lesson: %2</translation>
    </message>
</context>
<context>
    <name>tg::LibraryDock</name>
    <message>
        <location filename="../app/gui/LibraryDock.cpp" line="+46"/>
        <source>Size, e.g. 3x3x3</source>
        <translation>Size, e.g. 3x3x3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any field</source>
        <translation>Any field</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>rank ≤ </source>
        <translation>rank ≤ </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any rank</source>
        <translation>Any rank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show schemes of at most this many multiplications</source>
        <translation>Show schemes of at most this many multiplications</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scheme</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Additions</source>
        <translation>Additions</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stability</source>
        <translation>Stability</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Double click or Enter opens a scheme</source>
        <translation>Double click or Enter opens a scheme</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Built-in</source>
        <translation>Built-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened and saved</source>
        <translation>Opened and saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent files</source>
        <translation>Recent files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stability factor: %1</source>
        <translation>Stability factor: %1</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Published (not installed)</source>
        <translation>Published (not installed)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Best known up to 6x6x6</source>
        <translation>Best known up to 6x6x6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AlphaTensor (2022)</source>
        <translation>AlphaTensor (2022)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, rank %2 over %3</source>
        <translation>%1, rank %2 over %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1. Source: %2.</source>
        <translation>%1. Source: %2.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Valid only modulo 2: over the integers the best bundled scheme of this size has rank %1. tensorgame-cli lift tries to lift it to Z and proves it when no lift exists (AlphaTensor&apos;s 4x4x4 rank 47 has none).</source>
        <translation>Valid only modulo 2: over the integers the best bundled scheme of this size has rank %1. tensorgame-cli lift tries to lift it to Z and proves it when no lift exists (AlphaTensor&apos;s 4x4x4 rank 47 has none).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Valid only modulo 2. tensorgame-cli lift tries to lift it to Z.</source>
        <translation>Valid only modulo 2. tensorgame-cli lift tries to lift it to Z.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs fractions: over the integers the best bundled scheme of this size has rank %1.</source>
        <translation>Needs fractions: over the integers the best bundled scheme of this size has rank %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>over Q a scheme of rank %1 (with fractions)</source>
        <translation>over Q a scheme of rank %1 (with fractions)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>modulo 2 a scheme of rank %1 (valid only mod 2)</source>
        <translation>modulo 2 a scheme of rank %1 (valid only mod 2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also bundled for this size: %1.</source>
        <translation>Also bundled for this size: %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../app/gui/LibraryDockColumns.cpp" line="+83"/>
        <source>Multiplications</source>
        <translation>Multiplications</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Additions with shared subexpressions, as the Formulas panel counts them</source>
        <translation>Additions with shared subexpressions, as the Formulas panel counts them</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stability factor: how much one recursion level can magnify rounding errors (Bini–Lotti; Ballard et al. 2016)</source>
        <translation>Stability factor: how much one recursion level can magnify rounding errors (Bini–Lotti; Ballard et al. 2016)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Rank</source>
        <translation>&amp;Rank</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Additions</source>
        <translation>&amp;Additions</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Stability Factor</source>
        <translation>&amp;Stability Factor</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show &amp;Columns</source>
        <translation>Show &amp;Columns</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many terms to count quickly</source>
        <translation>Too many terms to count quickly</translation>
    </message>
</context>
<context>
    <name>tg::LossChart</name>
    <message>
        <location filename="../app/gui/LossChart.cpp" line="+12"/>
        <source>policy loss</source>
        <translation>policy loss</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>value loss</source>
        <translation>value loss</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>step</source>
        <translation>step</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>loss</source>
        <translation>loss</translation>
    </message>
</context>
<context>
    <name>tg::MainWindow</name>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="+115"/>
        <source>no OpenGL context</source>
        <translation>no OpenGL context</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Formulas</source>
        <translation>Formulas</translation>
    </message>
    <message>
        <location filename="../app/gui/ManualPlayBar.cpp" line="+31"/>
        <location line="+13"/>
        <source>&amp;Apply Move</source>
        <translation>&amp;Apply Move</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;lear</source>
        <translation>C&amp;lear</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+11"/>
        <source>&amp;Stop Playing</source>
        <translation>&amp;Stop Playing</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Click a coefficient (or Space on it) to cycle its value; the 3D view previews the move.</source>
        <translation>Click a coefficient (or Space on it) to cycle its value; the 3D view previews the move.</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="+2"/>
        <source>Factors</source>
        <translation>Factors</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../app/gui/SchemeDocument.cpp" line="+46"/>
        <source>%1: holds no scheme</source>
        <translation>%1: holds no scheme</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="+10"/>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 — %2, rank %3</source>
        <translation>%1 — %2, rank %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a Scheme</source>
        <translation>Choose a Scheme</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 holds %n schemes:</source>
        <translation>
            <numerusform>%1 holds %n scheme:</numerusform>
            <numerusform>%1 holds %n schemes:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot Open</source>
        <translation>Cannot Open</translation>
    </message>
    <message>
        <location filename="../app/gui/SchemeFileFilters.cpp" line="+21"/>
        <source>Schemes and episodes (%1)</source>
        <translation>Schemes and episodes (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="+8"/>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search checkpoints (*.tgck)</source>
        <translation>Search checkpoints (*.tgck)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open Scheme or Episode</source>
        <translation>Open Scheme or Episode</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>m%1 — the product %2</source>
        <translation>m%1 — the product %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>just applied</source>
        <translation>just applied</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the first step applies</source>
        <translation>the first step applies</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusReadout.cpp" line="+35"/>
        <source>Step %1 of %2 · residual nonzeros %3 · rank ≥ %4</source>
        <translation>Step %1 of %2 · residual nonzeros %3 · rank ≥ %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> · solved</source>
        <translation> · solved</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="+19"/>
        <source>Composing m%1 (%2 so far by hand)</source>
        <translation>Composing m%1 (%2 so far by hand)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot Play</source>
        <translation>Cannot Play</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Manual play: compose a move in the Factors panel</source>
        <translation>Manual play: compose a move in the Factors panel</translation>
    </message>
    <message>
        <location filename="../app/gui/ManualPlayBar.cpp" line="+31"/>
        <source>Not applied: %1</source>
        <translation>Not applied: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Solved with %n products</source>
        <translation>
            <numerusform>Solved with %n product</numerusform>
            <numerusform>Solved with %n products</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="+29"/>
        <source>Save Episode</source>
        <translation>Save Episode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TensorGame project (*.json)</source>
        <translation>TensorGame project (*.json)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot Save</source>
        <translation>Cannot Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusReadout.cpp" line="+9"/>
        <source>✓ valid over %1</source>
        <translation>✓ valid over %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not checked over %1 (too dense)</source>
        <translation>not checked over %1 (too dense)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✗ not valid over %1</source>
        <translation>✗ not valid over %1</translation>
    </message>
    <message>
        <location filename="../app/gui/ViewArea.cpp" line="+160"/>
        <source>Entries:</source>
        <translation>Entries:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>□ cells of the current product</source>
        <translation>□ cells of the current product</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The C axis runs over C transposed, as w does: w[k·n+i] is the coefficient of c_ik, so the labels read c11, c21, …</source>
        <translation>The C axis runs over C transposed, as w does: w[k·n+i] is the coefficient of c_ik, so the labels read c11, c21, …</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>3D view unavailable: %1</source>
        <translation>3D view unavailable: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowMenus.cpp" line="+37"/>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Flip &amp;Graph…</source>
        <translation>Flip &amp;Graph…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Search &amp;Path…</source>
        <translation>Open Search &amp;Path…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Built-in</source>
        <translation>Open &amp;Built-in</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/gui/TransformActions.cpp" line="+131"/>
        <source>%1 (%2, rank %3)</source>
        <translation>%1 (%2, rank %3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save Episode As…</source>
        <translation>&amp;Save Episode As…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the game being played, or the episode on show, as project JSON</source>
        <translation>Save the game being played, or the episode on show, as project JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Copy Scheme As</source>
        <translation>&amp;Copy Scheme As</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>R&amp;un on Matrices</source>
        <translation>R&amp;un on Matrices</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Compare Schemes…</source>
        <translation>&amp;Compare Schemes…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Library&apos;s selected schemes, or all of the size on show, side by side: rank, additions, stability factor and measured error</source>
        <translation>The Library&apos;s selected schemes, or all of the size on show, side by side: rank, additions, stability factor and measured error</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The schemes selected in the Library</source>
        <translation>The schemes selected in the Library</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Library&apos;s schemes of size %1</source>
        <translation>The Library&apos;s schemes of size %1</translation>
    </message>
    <message>
        <location filename="../app/gui/ViewArea.cpp" line="-224"/>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reset View</source>
        <translation>&amp;Reset View</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Highlight Current Product</source>
        <translation>&amp;Highlight Current Product</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outline the cells the product of the current step touches</source>
        <translation>Outline the cells the product of the current step touches</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Smooth Transitions</source>
        <translation>&amp;Smooth Transitions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fade out what a step removes instead of cutting</source>
        <translation>Fade out what a step removes instead of cutting</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowMenus.cpp" line="-62"/>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;First Step</source>
        <translation>&amp;First Step</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous Step</source>
        <translation>&amp;Previous Step</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next Step</source>
        <translation>&amp;Next Step</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last Step</source>
        <translation>&amp;Last Step</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play/&amp;Pause</source>
        <translation>Play/&amp;Pause</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Game</source>
        <translation>&amp;Game</translation>
    </message>
    <message>
        <location filename="../app/gui/ManualPlayBar.cpp" line="-75"/>
        <source>&amp;Play From This Step</source>
        <translation>&amp;Play From This Step</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compose your own moves from the residual on show</source>
        <translation>Compose your own moves from the residual on show</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clear Move</source>
        <translation>&amp;Clear Move</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Backspace</source>
        <translation>Ctrl+Backspace</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowMenus.cpp" line="-97"/>
        <source>&amp;Transform</source>
        <translation>&amp;Transform</translation>
    </message>
    <message>
        <location filename="../app/gui/TransformActions.cpp" line="-100"/>
        <source>&amp;Rotate &lt;n,m,p&gt; → &lt;m,p,n&gt;</source>
        <translation>&amp;Rotate &lt;n,m,p&gt; → &lt;m,p,n&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Transpose &lt;n,m,p&gt; → &lt;p,m,n&gt;</source>
        <translation>&amp;Transpose &lt;n,m,p&gt; → &lt;p,m,n&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Random &amp;Change of Basis</source>
        <translation>Random &amp;Change of Basis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kronecker Product With…</source>
        <translation>&amp;Kronecker Product With…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowMenus.cpp" line="+1"/>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../app/gui/TransformActions.cpp" line="+109"/>
        <source>Transform Failed</source>
        <translation>Transform Failed</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="-353"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/TransformActions.cpp" line="-94"/>
        <source>%1, rotated</source>
        <translation>%1, rotated</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rotated</source>
        <translation>rotated</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1, transposed</source>
        <translation>%1, transposed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>transposed</source>
        <translation>transposed</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1, random basis</source>
        <translation>%1, random basis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>change of basis (seed %1)</source>
        <translation>change of basis (seed %1)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the product %1 is too large</source>
        <translation>the product %1 is too large</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 ⊗ %2</source>
        <translation>%1 ⊗ %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kronecker product</source>
        <translation>Kronecker product</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Kronecker Product</source>
        <translation>Kronecker Product</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multiply the scheme on show with:</source>
        <translation>Multiply the scheme on show with:</translation>
    </message>
</context>
<context>
    <name>tg::RunPanel</name>
    <message>
        <location filename="../app/gui/RunPanel.cpp" line="+27"/>
        <source>No scheme open.</source>
        <translation>No scheme open.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Matrix sizes n, comma-separated: the matrices are n x n, with entries uniform in [-1, 1]</source>
        <translation>Matrix sizes n, comma-separated: the matrices are n x n, with entries uniform in [-1, 1]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Blocks with a dimension at or below this go to Eigen&apos;s product; auto picks the fastest of 16 … 512 by a quick measurement</source>
        <translation>Blocks with a dimension at or below this go to Eigen&apos;s product; auto picks the fastest of 16 … 512 by a quick measurement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>double</source>
        <translation>double</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>float</source>
        <translation>float</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The classical triple loop is slow: it runs only up to this n</source>
        <translation>The classical triple loop is slow: it runs only up to this n</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Run</source>
        <translation>&amp;Run</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sto&amp;p</source>
        <translation>Sto&amp;p</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Times are wall clock; errors are relative (Frobenius) against a long double product of the same matrices.</source>
        <translation>Times are wall clock; errors are relative (Frobenius) against a long double product of the same matrices.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Relative error</source>
        <translation>Relative error</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>relative error / u</source>
        <translation>relative error / u</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sizes:</source>
        <translation>&amp;Sizes:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cutoff:</source>
        <translation>&amp;Cutoff:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Naive up to n:</source>
        <translation>&amp;Naive up to n:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>scheme</source>
        <translation>scheme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Eigen</source>
        <translation>Eigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>naive</source>
        <translation>naive</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the open scheme</source>
        <translation>the open scheme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2, rank %3</source>
        <translation>%1: %2, rank %3</translation>
    </message>
    <message>
        <location filename="../app/gui/RunPanelRun.cpp" line="+27"/>
        <source>Sizes must be whole numbers from 1 to 4096, separated by commas.</source>
        <translation>Sizes must be whole numbers from 1 to 4096, separated by commas.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Running…</source>
        <translation>Running…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>too many terms to plan the shared additions in a few seconds (tensorgame-cli bench apply runs it, given minutes)</source>
        <translation>too many terms to plan the shared additions in a few seconds (tensorgame-cli bench apply runs it, given minutes)</translation>
    </message>
    <message numerus="yes">
        <location line="+65"/>
        <source>n = %1: scheme %2 s (%n level(s), cutoff %3), Eigen %4 s; relative errors %5 and %6</source>
        <translation>
            <numerusform>n = %1: scheme %2 s (%n level, cutoff %3), Eigen %4 s; relative errors %5 and %6</numerusform>
            <numerusform>n = %1: scheme %2 s (%n levels, cutoff %3), Eigen %4 s; relative errors %5 and %6</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Stopped after %n size(s).</source>
        <translation>
            <numerusform>Stopped after %n size.</numerusform>
            <numerusform>Stopped after %n sizes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The run failed: %1</source>
        <translation>The run failed: %1</translation>
    </message>
</context>
<context>
    <name>tg::SchemeFactsCache</name>
    <message>
        <location filename="../app/gui/CompareFacts.cpp" line="+41"/>
        <source>%1 holds no scheme</source>
        <translation>%1 holds no scheme</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Z</source>
        <translation>Z</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Q</source>
        <translation>Q</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mod 2</source>
        <translation>mod 2</translation>
    </message>
</context>
<context>
    <name>tg::SearchDock</name>
    <message>
        <location filename="../app/gui/SearchDock.cpp" line="+18"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;Start Search</source>
        <translation>&amp;Start Search</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run the search set up in the Search panel in the background</source>
        <translation>Run the search set up in the Search panel in the background</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;top Search</source>
        <translation>S&amp;top Search</translation>
    </message>
    <message>
        <location filename="../app/gui/SearchForm.cpp" line="+54"/>
        <source>Endgame solver</source>
        <translation>Endgame solver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish a game exactly when a flattening rank equals the moves left</source>
        <translation>Finish a game exactly when a flattening rank equals the moves left</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Completed w</source>
        <translation>Completed w</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer, for the likeliest (u, v), the w that leaves the lowest flattening ranks</source>
        <translation>Offer, for the likeliest (u, v), the w that leaves the lowest flattening ranks</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pair moves</source>
        <translation>Pair moves</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drop moves</source>
        <translation>Drop moves</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer moves that lower a flattening rank (mod 2)</source>
        <translation>Offer moves that lower a flattening rank (mod 2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bound pruning</source>
        <translation>Bound pruning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give a line up when the flattening ranks show it cannot finish in the moves left</source>
        <translation>Give a line up when the flattening ranks show it cannot finish in the moves left</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Random basis</source>
        <translation>Random basis</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Offer moves made of two terms of the residual&apos;s span completion (mod 2, target rank none)</source>
        <translation>Offer moves made of two terms of the residual&apos;s span completion (mod 2, target rank none)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Play each game in a random change of basis (mod 2)</source>
        <translation>Play each game in a random change of basis (mod 2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restarts</source>
        <translation>Restarts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start half the games from the best scheme found less a few of its terms (target rank none)</source>
        <translation>Start half the games from the best scheme found less a few of its terms (target rank none)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plateau walk</source>
        <translation>Plateau walk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a restart, move the best scheme along its rank&apos;s plateau by random flips (with Restarts; mod 2 and {-1, 0, 1})</source>
        <translation>Before a restart, move the best scheme along its rank&apos;s plateau by random flips (with Restarts; mod 2 and {-1, 0, 1})</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Scheme on show</source>
        <translation>Scheme on show</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Target:</source>
        <translation>&amp;Target:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Size %1</source>
        <translation>Size %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Si&amp;ze:</source>
        <translation>Si&amp;ze:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start from the scheme on show</source>
        <translation>Start from the scheme on show</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk from the scheme on show instead of the naive scheme; it must be valid in the chosen field</source>
        <translation>Walk from the scheme on show instead of the naive scheme; it must be valid in the chosen field</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Engine:</source>
        <translation>&amp;Engine:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the default model for the size</source>
        <translation>the default model for the size</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Model:</source>
        <translation>&amp;Model:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Z2 (mod 2)</source>
        <translation>Z2 (mod 2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Z, coefficients −1, 0, 1</source>
        <translation>Z, coefficients −1, 0, 1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Field:</source>
        <translation>&amp;Field:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cyclic (A,B,C)→(B,C,A)</source>
        <translation>Cyclic (A,B,C)→(B,C,A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cyclic: the flip search walks only schemes invariant under (A,B,C)→(B,C,A), made of orbits of three terms and fixed terms (Moosbauer and Poole); for square sizes n×n×n and the flip search only. A start scheme must be invariant too; without one the walk starts from the naive scheme with its diagonal products joined in pairs (builtin:cyclic-start).</source>
        <translation>Cyclic: the flip search walks only schemes invariant under (A,B,C)→(B,C,A), made of orbits of three terms and fixed terms (Moosbauer and Poole); for square sizes n×n×n and the flip search only. A start scheme must be invariant too; without one the walk starts from the naive scheme with its diagonal products joined in pairs (builtin:cyclic-start).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;ymmetry:</source>
        <translation>S&amp;ymmetry:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Agent &amp;parts:</source>
        <translation>Agent &amp;parts:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s hand-made parts; turn one off to see what it adds (the same switches as tensorgame-cli search --engine mcts --no-endgame, ...)</source>
        <translation>The agent&apos;s hand-made parts; turn one off to see what it adds (the same switches as tensorgame-cli search --engine mcts --no-endgame, ...)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+17"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Stop when this rank is reached; none: improve until stopped</source>
        <translation>Stop when this rank is reached; none: improve until stopped</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Target &amp;rank:</source>
        <translation>Target &amp;rank:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time &amp;limit:</source>
        <translation>Time &amp;limit:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>T&amp;hreads:</source>
        <translation>T&amp;hreads:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>See&amp;d:</source>
        <translation>See&amp;d:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the search (F5)</source>
        <translation>Start the search (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the search; what it found is kept (Shift+F5)</source>
        <translation>Stop the search; what it found is kept (Shift+F5)</translation>
    </message>
    <message>
        <location filename="../app/gui/SearchProgressView.cpp" line="+14"/>
        <source>Best rank:</source>
        <translation>Best rank:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Elapsed:</source>
        <translation>Elapsed:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Speed:</source>
        <translation>Speed:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>best rank</source>
        <translation>best rank</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rank</source>
        <translation>rank</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved to</source>
        <translation>Saved to</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Click a result to open it in the explorer</source>
        <translation>Click a result to open it in the explorer</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Improvements:</source>
        <translation>Improvements:</translation>
    </message>
    <message>
        <location filename="../app/gui/SearchDock.cpp" line="+25"/>
        <source>Search &amp;Panel</source>
        <translation>Search &amp;Panel</translation>
    </message>
    <message>
        <location filename="../app/gui/SearchForm.cpp" line="+156"/>
        <source>Scheme on show: %1, rank %2</source>
        <translation>Scheme on show: %1, rank %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scheme on show (none)</source>
        <translation>Scheme on show (none)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Choose a Model</source>
        <translation>Choose a Model</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models (*.tgm);;All files (*)</source>
        <translation>Models (*.tgm);;All files (*)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>best known: %1</source>
        <translation>best known: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>best known: unknown</source>
        <translation>best known: unknown</translation>
    </message>
    <message>
        <location filename="../app/gui/SearchDock.cpp" line="+49"/>
        <source>A search is already running: stop it first (Shift+F5).</source>
        <translation>A search is already running: stop it first (Shift+F5).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No such engine: %1</source>
        <translation>No such engine: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot start: %1</source>
        <translation>Cannot start: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Searching %1 over %2 for rank %3…</source>
        <translation>Searching %1 over %2 for rank %3…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as low as it goes</source>
        <translation>as low as it goes</translation>
    </message>
    <message>
        <location filename="../app/gui/SearchProgressView.cpp" line="+83"/>
        <source>%1 M %2</source>
        <translation>%1 M %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not saved: %1</source>
        <translation>not saved: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/SearchDock.cpp" line="-121"/>
        <source>&amp;Resume Checkpoint…</source>
        <translation>&amp;Resume Checkpoint…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Continue a flip search saved with tensorgame-cli search --checkpoint</source>
        <translation>Continue a flip search saved with tensorgame-cli search --checkpoint</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume Checkpoint</source>
        <translation>Resume Checkpoint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search checkpoints (*.tgck)</source>
        <translation>Search checkpoints (*.tgck)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Cannot resume: %1</source>
        <translation>Cannot resume: %1</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>final choice</source>
        <translation>final choice</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>best rank %1</source>
        <translation>best rank %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nothing found</source>
        <translation>nothing found</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reached the target: %1 after %2.</source>
        <translation>Reached the target: %1 after %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped after %1: %2.</source>
        <translation>Stopped after %1: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time limit reached after %1: %2.</source>
        <translation>Time limit reached after %1: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finished after %1: %2.</source>
        <translation>Finished after %1: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The search failed: %1</source>
        <translation>The search failed: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/SearchProgressView.cpp" line="+12"/>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>tg::SearchRunner</name>
    <message>
        <location filename="../widgets/SearchRunner.cpp" line="+13"/>
        <source>A search is already running</source>
        <translation>A search is already running</translation>
    </message>
</context>
<context>
    <name>tg::ShortcutsDialog</name>
    <message>
        <location filename="../app/gui/ShortcutsDialog.cpp" line="+43"/>
        <source>Keyboard Shortcuts</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>3D view › Rotate</source>
        <translation>3D view › Rotate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left drag</source>
        <translation>Left drag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3D view › Pan</source>
        <translation>3D view › Pan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right or middle drag, or Shift+left drag</source>
        <translation>Right or middle drag, or Shift+left drag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3D view › Zoom</source>
        <translation>3D view › Zoom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wheel</source>
        <translation>Wheel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Factors › Cycle a coefficient (manual play)</source>
        <translation>Factors › Cycle a coefficient (manual play)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click, or Space on the focused cell</source>
        <translation>Click, or Space on the focused cell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guided tour › Next, Back, Skip</source>
        <translation>Guided tour › Next, Back, Skip</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Return, Alt+B, Esc</source>
        <translation>Return, Alt+B, Esc</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
</context>
<context>
    <name>tg::StepControl</name>
    <message>
        <location filename="../widgets/StepControl.cpp" line="+30"/>
        <source>First step</source>
        <translation>First step</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous step</source>
        <translation>Previous step</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+143"/>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last step</source>
        <translation>Last step</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drag to any step</source>
        <translation>Drag to any step</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+121"/>
        <source>Step %1 of %2</source>
        <translation>Step %1 of %2</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Playback speed</source>
        <translation>Playback speed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0.5×</source>
        <translation>0.5×</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1×</source>
        <translation>1×</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2×</source>
        <translation>2×</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>4×</source>
        <translation>4×</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10×</source>
        <translation>10×</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>tg::TensorView</name>
    <message>
        <location filename="../widgets/TensorView.cpp" line="+310"/>
        <source>no OpenGL context</source>
        <translation>no OpenGL context</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OpenGL %1.%2 found, 3.2 needed</source>
        <translation>OpenGL %1.%2 found, 3.2 needed</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>%1·%2 contributes to %3 — entry %4</source>
        <translation>%1·%2 contributes to %3 — entry %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1·%2 does not belong in %3 — entry %4 must be cancelled</source>
        <translation>%1·%2 does not belong in %3 — entry %4 must be cancelled</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Left drag: rotate · wheel: zoom · right or middle drag (or Shift+left): pan · point at a voxel to see what it means</source>
        <translation>Left drag: rotate · wheel: zoom · right or middle drag (or Shift+left): pan · point at a voxel to see what it means</translation>
    </message>
</context>
<context>
    <name>tg::TrainingPanel</name>
    <message>
        <location filename="../app/gui/TrainingPanel.cpp" line="+108"/>
        <source>Matrix sizes n,m,p of the game the network learns</source>
        <translation>Matrix sizes n,m,p of the game the network learns</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mod 2 {0, 1}</source>
        <translation>mod 2 {0, 1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{-1, 0, 1}</source>
        <translation>{-1, 0, 1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{-2, …, 2}</source>
        <translation>{-2, …, 2}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Train</source>
        <translation>&amp;Train</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sto&amp;p</source>
        <translation>Sto&amp;p</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Load Model…</source>
        <translation>&amp;Load Model…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make &amp;Default for the Agent</source>
        <translation>Make &amp;Default for the Agent</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingPanelForm.cpp" line="+37"/>
        <source>&amp;Generations:</source>
        <translation>&amp;Generations:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>R&amp;uns of:</source>
        <translation>R&amp;uns of:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lesso&amp;ns:</source>
        <translation>Lesso&amp;ns:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expert iteration: each generation trains for the given steps (300 when none are given), plays games on the target whose solved games join a replay buffer, and is evaluated on fixed seeds. The time limit does not apply.</source>
        <translation>Expert iteration: each generation trains for the given steps (300 when none are given), plays games on the target whose solved games join a replay buffer, and is evaluated on fixed seeds. The time limit does not apply.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Self-play games per generation; the evaluation plays half as many</source>
        <translation>Self-play games per generation; the evaluation plays half as many</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>G&amp;ames:</source>
        <translation>G&amp;ames:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source> games</source>
        <translation> games</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>single games</source>
        <translation>single games</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expert iteration: each self-play game becomes a run of the agent as it is used (restarts from its best scheme, plateau walks) of this many games, on all cores; the run&apos;s best scheme is taught in 8 random bases and move orders. On sizes where single games end far from the target (3x3x3) only runs reach ranks worth learning.</source>
        <translation>Expert iteration: each self-play game becomes a run of the agent as it is used (restarts from its best scheme, plateau walks) of this many games, on all cores; the run&apos;s best scheme is taught in 8 random bases and move orders. On sizes where single games end far from the target (3x3x3) only runs reach ranks worth learning.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>target</source>
        <translation>target</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Self-play that misses the target still teaches when its scheme has at most this rank</source>
        <translation>Self-play that misses the target still teaches when its scheme has at most this rank</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Lesson ran&amp;k:</source>
        <translation>Lesson ran&amp;k:</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/TrainingPanel.cpp" line="+340"/>
        <source>Generation %1: %2% of the evaluation games reach the target, mean rank %3; %n lesson(s) in the replay buffer</source>
        <translation>
            <numerusform>Generation %1: %2% of the evaluation games reach the target, mean rank %3; %n lesson in the replay buffer</numerusform>
            <numerusform>Generation %1: %2% of the evaluation games reach the target, mean rank %3; %n lessons in the replay buffer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingPanelForm.cpp" line="-15"/>
        <source>&amp;Size:</source>
        <translation>&amp;Size:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Coefficients:</source>
        <translation>&amp;Coefficients:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time &amp;limit:</source>
        <translation>Time &amp;limit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;teps:</source>
        <translation>S&amp;teps:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed:</source>
        <translation>Seed:</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingPanel.cpp" line="-308"/>
        <source>Load a Model</source>
        <translation>Load a Model</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models (*.tgm);;All files (*)</source>
        <translation>Models (*.tgm);;All files (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Trains the agent&apos;s policy/value network on synthetic demonstrations.</source>
        <translation>Trains the agent&apos;s policy/value network on synthetic demonstrations.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This build has no network support (LibTorch): nothing to train.</source>
        <translation>This build has no network support (LibTorch): nothing to train.</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingPanelForm.cpp" line="+66"/>
        <source>Mod 2: each self-play game in its own random basis. Unchecked, every game is played on the target itself, the tensor of the agent&apos;s first game, so that the network learns its lines there (as it always does over Z).</source>
        <translation>Mod 2: each self-play game in its own random basis. Unchecked, every game is played on the target itself, the tensor of the agent&apos;s first game, so that the network learns its lines there (as it always does over Z).</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingPanel.cpp" line="+250"/>
        <source>Training is already running: stop it first.</source>
        <translation>Training is already running: stop it first.</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Say the size as n,m,p (for example 2,2,2).</source>
        <translation>Say the size as n,m,p (for example 2,2,2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create the models folder %1</source>
        <translation>Cannot create the models folder %1</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+60"/>
        <location line="+45"/>
        <source>Cannot train: %1</source>
        <translation>Cannot train: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingPanelForm.cpp" line="-4"/>
        <source>Random &amp;bases</source>
        <translation>Random &amp;bases</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/TrainingPanel.cpp" line="-54"/>
        <source>Reading %n lesson file(s)…</source>
        <translation>
            <numerusform>Reading %n lesson file…</numerusform>
            <numerusform>Reading %n lesson files…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stopped while reading the lessons: nothing was trained.</source>
        <translation>Stopped while reading the lessons: nothing was trained.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Training a network for %1…</source>
        <translation>Training a network for %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Training a network for %1, learning from %n scheme(s)…</source>
        <translation>
            <numerusform>Training a network for %1, learning from %n scheme…</numerusform>
            <numerusform>Training a network for %1, learning from %n schemes…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its buffer keeps the newest %1 of their %2 demonstrations.</source>
        <translation>Its buffer keeps the newest %1 of their %2 demonstrations.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Stopping after the current step…</source>
        <translation>Stopping after the current step…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Step %1: policy loss %2, value loss %3, %4 examples/s</source>
        <translation>Step %1: policy loss %2, value loss %3, %4 examples/s</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Generation %1: %2% of the evaluation games reach the target, mean rank %3; self-play&apos;s best scheme has rank %4; %n lesson(s) in the replay buffer</source>
        <translation>
            <numerusform>Generation %1: %2% of the evaluation games reach the target, mean rank %3; self-play&apos;s best scheme has rank %4; %n lesson in the replay buffer</numerusform>
            <numerusform>Generation %1: %2% of the evaluation games reach the target, mean rank %3; self-play&apos;s best scheme has rank %4; %n lessons in the replay buffer</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Training failed: %1</source>
        <translation>Training failed: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Stopped after %n step(s); the model is saved to %1.</source>
        <translation>
            <numerusform>Stopped after %n step; the model is saved to %1.</numerusform>
            <numerusform>Stopped after %n steps; the model is saved to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Trained %n step(s); the model is saved to %1.</source>
        <translation>
            <numerusform>Trained %n step; the model is saved to %1.</numerusform>
            <numerusform>Trained %n steps; the model is saved to %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Loaded %1: %2</source>
        <translation>Loaded %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+20"/>
        <source>Not a model: %1</source>
        <translation>Not a model: %1</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The agent now plays %1 with %2.</source>
        <translation>The agent now plays %1 with %2.</translation>
    </message>
</context>
<context>
    <name>tg::TransformActions</name>
    <message>
        <location filename="../app/gui/TransformActions.cpp" line="-87"/>
        <source>Rotate</source>
        <translation>Rotate</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Transpose</source>
        <translation>Transpose</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Random Change of Basis</source>
        <translation>Random Change of Basis</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Kronecker Product With %1</source>
        <translation>Kronecker Product With %1</translation>
    </message>
</context>
<context>
    <name>tg::UserGuideDialog</name>
    <message>
        <location filename="../app/gui/UserGuideDialog.cpp" line="+21"/>
        <source>TensorGame Explorer User Guide</source>
        <translation>TensorGame Explorer User Guide</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The user guide is missing from this build (%1).</source>
        <translation>The user guide is missing from this build (%1).</translation>
    </message>
</context>
<context>
    <name>tg::ViewArea</name>
    <message>
        <location filename="../app/gui/ViewArea.cpp" line="+3"/>
        <source>Previous Page of Terms</source>
        <translation>Previous Page of Terms</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next Page of Terms</source>
        <translation>Next Page of Terms</translation>
    </message>
</context>
<context>
    <name>tg::WalkReplayPanel</name>
    <message>
        <location filename="../app/gui/WalkReplayPanel.cpp" line="+42"/>
        <source>No path open. Use File &gt; Open Search Path to open one written by tensorgame-cli search --path FILE, or walk a flip search on the graph.</source>
        <translation>No path open. Use File &gt; Open Search Path to open one written by tensorgame-cli search --path FILE, or walk a flip search on the graph.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Step of the walk</source>
        <translation>Step of the walk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open This Step in the Explorer</source>
        <translation>Open This Step in the Explorer</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+14"/>
        <source>rank</source>
        <translation>rank</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+123"/>
        <source>reduction</source>
        <translation>reduction</translation>
    </message>
    <message>
        <location line="-121"/>
        <location line="+122"/>
        <source>plus transition</source>
        <translation>plus transition</translation>
    </message>
    <message>
        <location line="-119"/>
        <location line="+117"/>
        <source>flip</source>
        <translation>flip</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>step on show</source>
        <translation>step on show</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>step</source>
        <translation>step</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Click the chart to show that step</source>
        <translation>Click the chart to show that step</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2 steps from rank %3 to %4: %5 flips, %6 reductions, %7 plus transitions.</source>
        <translation>%1: %2 steps from rank %3 to %4: %5 flips, %6 reductions, %7 plus transitions.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>One flip in %1 is marked.</source>
        <translation>One flip in %1 is marked.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>start</source>
        <translation>start</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Step %1 of %2 (%3), rank %4</source>
        <translation>Step %1 of %2 (%3), rank %4</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+1"/>
        <source>%1, step %2</source>
        <translation>%1, step %2</translation>
    </message>
</context>
</TS>
