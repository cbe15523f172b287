<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ManualPlayController</name>
    <message>
        <location filename="../app/gui/ManualPlayController.cpp" line="+14"/>
        <source>Apply m%1</source>
        <translation>Apply m%1</translation>
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
        <location line="+4"/>
        <source>no OpenGL context</source>
        <translation>no OpenGL context</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no OpenGL surface</source>
        <translation>no OpenGL surface</translation>
    </message>
    <message>
        <location line="+1"/>
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
    <name>TensorScene</name>
    <message>
        <location filename="../widgets/TensorScene.cpp" line="+162"/>
        <source>A (u)</source>
        <translation>A (u)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B (v)</source>
        <translation>B (v)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C (w)</source>
        <translation>C (w)</translation>
    </message>
</context>
<context>
    <name>ViewMode</name>
    <message>
        <location filename="../widgets/SceneContent.cpp" line="+39"/>
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
        <location line="+1"/>
        <source>−1</source>
        <translation>−1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>≥ 2</source>
        <translation>≥ 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>≤ −2</source>
        <translation>≤ −2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>positive fraction</source>
        <translation>positive fraction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>negative fraction</source>
        <translation>negative fraction</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../app/cli/BenchCommand.cpp" line="+56"/>
        <source>Benchmarks. &apos;bench verify [SOURCE...]&apos; loads and verifies schemes (by default both AlphaTensor files) and reports the wall time of each round.</source>
        <translation>Benchmarks. &apos;bench verify [SOURCE...]&apos; loads and verifies schemes (by default both AlphaTensor files) and reports the wall time of each round.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>verify</source>
        <translation>verify</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schemes to load.</source>
        <translation>Schemes to load.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rounds to run (default 5).</source>
        <translation>Rounds to run (default 5).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print one JSON object.</source>
        <translation>Print one JSON object.</translation>
    </message>
    <message>
        <location filename="../app/cli/BenchFlips.cpp" line="+19"/>
        <source>&apos;bench flips&apos; measures flips per second per thread of the flip-graph search.</source>
        <translation>&apos;bench flips&apos; measures flips per second per thread of the flip-graph search.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>flips</source>
        <translation>flips</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sizes to measure (repeatable; default 3,3,3 and 4,4,4).</source>
        <translation>Sizes to measure (repeatable; default 3,3,3 and 4,4,4).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Z2 or Z (repeatable; default both).</source>
        <translation>Z2 or Z (repeatable; default both).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds per measurement (default 1).</source>
        <translation>Seconds per measurement (default 1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One JSON object per measurement.</source>
        <translation>One JSON object per measurement.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="+17"/>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConvertCommand.cpp" line="+25"/>
        <source>Convert a scheme (or every key of an npz) to another format. The output format comes from OUT&apos;s extension unless --format names it. Writing is atomic.</source>
        <translation>Convert a scheme (or every key of an npz) to another format. The output format comes from OUT&apos;s extension unless --format names it. Writing is atomic.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A scheme: file, FILE#n,m,p or builtin:NAME.</source>
        <translation>A scheme: file, FILE#n,m,p or builtin:NAME.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file to write.</source>
        <translation>The file to write.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output format: %1.</source>
        <translation>Output format: %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="+15"/>
        <source>Describe schemes: size, rank, field, cost, validity, products and entries of C.</source>
        <translation>Describe schemes: size, rank, field, cost, validity, products and entries of C.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schemes to describe.</source>
        <translation>Schemes to describe.</translation>
    </message>
    <message>
        <location filename="../app/cli/ListCommand.cpp" line="+15"/>
        <location filename="../app/cli/main.cpp" line="+22"/>
        <source>List the built-in schemes.</source>
        <translation>List the built-in schemes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One JSON object per line.</source>
        <translation>One JSON object per line.</translation>
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
        <source>Search for schemes of lower rank (flip graphs).</source>
        <translation>Search for schemes of lower rank (flip graphs).</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+34"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unknown command &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/ReplayCommand.cpp" line="+37"/>
        <source>Play a scheme or a recorded episode move by move from the target tensor, showing what is left after each step.</source>
        <translation>Play a scheme or a recorded episode move by move from the target tensor, showing what is left after each step.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A scheme or an episode.</source>
        <translation>A scheme or an episode.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One JSON object per step.</source>
        <translation>One JSON object per step.</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommand.cpp" line="+82"/>
        <source>Search for schemes of low rank by random walks on the flip graph. Exit status: 0 when the target rank was reached (without a target: when a scheme was found), 1 when time ran out first, 2 for bad input.</source>
        <translation>Search for schemes of low rank by random walks on the flip graph. Exit status: 0 when the target rank was reached (without a target: when a scheme was found), 1 when time ran out first, 2 for bad input.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Matrix sizes n,m,p (default: those of --from).</source>
        <translation>Matrix sizes n,m,p (default: those of --from).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search engine: flip (default).</source>
        <translation>Search engine: flip (default).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Z2 (mod 2, default) or Z (coefficients -1, 0, 1).</source>
        <translation>Z2 (mod 2, default) or Z (coefficients -1, 0, 1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop when this rank is reached.</source>
        <translation>Stop when this rank is reached.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop after SEC seconds (default: none with a target, else 10).</source>
        <translation>Stop after SEC seconds (default: none with a target, else 10).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Random seed (default 1).</source>
        <translation>Random seed (default 1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walkers, one per thread (default 1).</source>
        <translation>Walkers, one per thread (default 1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start from this scheme instead of the naive one.</source>
        <translation>Start from this scheme instead of the naive one.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write each better scheme to FILE (format from the extension).</source>
        <translation>Write each better scheme to FILE (format from the extension).</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+2"/>
        <source>Flip attempts without a reduction before a plus transition.</source>
        <translation>Flip attempts without a reduction before a plus transition.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plus transitions go at most this many ranks above the best (default 1 up to 3x3x3, else 3).</source>
        <translation>Plus transitions go at most this many ranks above the best (default 1 up to 3x3x3, else 3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Flip attempts without improvement before a restart from the best.</source>
        <translation>Flip attempts without improvement before a restart from the best.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With --field Z2: lift the result to Z (signs, Hensel step mod 4) and write it to FILE if that succeeds.</source>
        <translation>With --field Z2: lift the result to Z (signs, Hensel step mod 4) and write it to FILE if that succeeds.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print one JSON object as the last line of stdout.</source>
        <translation>Print one JSON object as the last line of stdout.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No progress on stderr.</source>
        <translation>No progress on stderr.</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="+14"/>
        <source>Verify schemes exactly. Without --field each scheme is checked in the field its source says (Z, Q or Z2); all three results are reported.</source>
        <translation>Verify schemes exactly. Without --field each scheme is checked in the field its source says (Z, Q or Z2); all three results are reported.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Schemes to verify.</source>
        <translation>Schemes to verify.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check over FIELD: Z, Q or Z2.</source>
        <translation>Check over FIELD: Z, Q or Z2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One JSON object per scheme per line.</source>
        <translation>One JSON object per scheme per line.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+54"/>
        <source>cannot write %1</source>
        <translation>cannot write %1</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Explore matrix-multiplication tensors and fast schemes step by step.</source>
        <translation>Explore matrix-multiplication tensors and fast schemes step by step.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A scheme or episode: a file in any readable format (project or FastMatrixMultiplication JSON, .exp, .m, .mpl, .txt, .npz), FILE.npz#n,m,p, or builtin:KEY such as builtin:laderman or builtin:naive:3,3,3 (default: builtin:strassen).</source>
        <translation>A scheme or episode: a file in any readable format (project or FastMatrixMultiplication JSON, .exp, .m, .mpl, .txt, .npz), FILE.npz#n,m,p, or builtin:KEY such as builtin:laderman or builtin:naive:3,3,3 (default: builtin:strassen).</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <source>Orbit the camera around SCHEME and print frames per second and the time to the first frame, then exit.</source>
        <translation>Orbit the camera around SCHEME and print frames per second and the time to the first frame, then exit.</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+9"/>
        <source>name at most one SCHEME</source>
        <translation>name at most one SCHEME</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--view wants target, residual, term, overlay or gallery, not &quot;%1&quot;</source>
        <translation>--view wants target, residual, term, overlay or gallery, not &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--language wants one of: %1</source>
        <translation>--language wants one of: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--frames wants a positive number</source>
        <translation>--frames wants a positive number</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--size wants WxH, e.g. 1200x800</source>
        <translation>--size wants WxH, e.g. 1200x800</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot open</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+9"/>
        <source>&amp;Copy Versions</source>
        <translation>&amp;Copy Versions</translation>
    </message>
</context>
<context>
    <name>tg::ExportActions</name>
    <message>
        <location filename="../app/gui/ExportActions.cpp" line="+30"/>
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
    <name>tg::FormulaPanel</name>
    <message>
        <location filename="../widgets/FormulaPanel.cpp" line="+25"/>
        <source>Additions: forming each linear form of A and B, then each entry of C, without sharing; in brackets with common subexpressions computed once (greedy).</source>
        <translation>Additions: forming each linear form of A and B, then each entry of C, without sharing; in brackets with common subexpressions computed once (greedy).</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+56"/>
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
        <location line="+2"/>
        <source> (%1 with shared subexpressions)</source>
        <translation> (%1 with shared subexpressions)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n scalings</source>
        <translation>
            <numerusform>%n scaling</numerusform>
            <numerusform>%n scalings</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
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
    <name>tg::GuidedTour</name>
    <message>
        <location filename="../app/gui/GuidedTour.cpp" line="+40"/>
        <source>Guided Tour: Strassen&apos;s Algorithm</source>
        <translation>Guided Tour: Strassen&apos;s Algorithm</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+19"/>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Skip Tour</source>
        <translation>&amp;Skip Tour</translation>
    </message>
    <message>
        <location line="+60"/>
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
    <name>tg::LibraryDock</name>
    <message>
        <location filename="../app/gui/LibraryDock.cpp" line="+36"/>
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
        <source>Scheme</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Double click or Enter opens a scheme</source>
        <translation>Double click or Enter opens a scheme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Built-in</source>
        <translation>Built-in</translation>
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
</context>
<context>
    <name>tg::MainWindow</name>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="+98"/>
        <source>no OpenGL context</source>
        <translation>no OpenGL context</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Formulas</source>
        <translation>Formulas</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../app/gui/MainWindowMenus.cpp" line="+125"/>
        <source>&amp;Apply Move</source>
        <translation>&amp;Apply Move</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;lear</source>
        <translation>C&amp;lear</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/gui/MainWindowMenus.cpp" line="+4"/>
        <source>&amp;Stop Playing</source>
        <translation>&amp;Stop Playing</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Click a coefficient (or Space on it) to cycle its value; the 3D view previews the move.</source>
        <translation>Click a coefficient (or Space on it) to cycle its value; the 3D view previews the move.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Factors</source>
        <translation>Factors</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: holds no scheme</source>
        <translation>%1: holds no scheme</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 — %2, rank %3</source>
        <translation>%1 — %2, rank %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a Scheme</source>
        <translation>Choose a Scheme</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
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
        <location line="+21"/>
        <source>Schemes and episodes (%1)</source>
        <translation>Schemes and episodes (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open Scheme or Episode</source>
        <translation>Open Scheme or Episode</translation>
    </message>
    <message>
        <location line="+36"/>
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
        <location line="+23"/>
        <location line="+36"/>
        <source>Step %1 of %2 · residual nonzeros %3 · rank ≥ %4</source>
        <translation>Step %1 of %2 · residual nonzeros %3 · rank ≥ %4</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+36"/>
        <source> · solved</source>
        <translation> · solved</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Composing m%1 (%2 so far by hand)</source>
        <translation>Composing m%1 (%2 so far by hand)</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>The gallery shows the first %1 of %n terms</source>
        <translation>
            <numerusform>The gallery shows the first %1 of %n term</numerusform>
            <numerusform>The gallery shows the first %1 of %n terms</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot Play</source>
        <translation>Cannot Play</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Manual play: compose a move in the Factors panel</source>
        <translation>Manual play: compose a move in the Factors panel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not applied: %1</source>
        <translation>Not applied: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Solved with %n products</source>
        <translation>
            <numerusform>Solved with %n product</numerusform>
            <numerusform>Solved with %n products</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
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
        <location line="+16"/>
        <source>✓ valid over %1</source>
        <translation>✓ valid over %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✗ not valid over %1</source>
        <translation>✗ not valid over %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Entries:</source>
        <translation>Entries:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>□ cells of the current product</source>
        <translation>□ cells of the current product</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The C axis runs over C transposed, as w does: w[k·n+i] is the coefficient of c_ik, so the labels read c11, c21, …</source>
        <translation>The C axis runs over C transposed, as w does: w[k·n+i] is the coefficient of c_ik, so the labels read c11, c21, …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>3D view unavailable: %1</source>
        <translation>3D view unavailable: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowMenus.cpp" line="-95"/>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+184"/>
        <source>%1 (%2, rank %3)</source>
        <translation>%1 (%2, rank %3)</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reset View</source>
        <translation>&amp;Reset View</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Highlight Current Product</source>
        <translation>&amp;Highlight Current Product</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outline the cells the product of the current step touches</source>
        <translation>Outline the cells the product of the current step touches</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Smooth Transitions</source>
        <translation>&amp;Smooth Transitions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fade out what a step removes instead of cutting</source>
        <translation>Fade out what a step removes instead of cutting</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+2"/>
        <source>&amp;Game</source>
        <translation>&amp;Game</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+2"/>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clear Move</source>
        <translation>&amp;Clear Move</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Backspace</source>
        <translation>Ctrl+Backspace</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Transform</source>
        <translation>&amp;Transform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rotate &lt;n,m,p&gt; → &lt;m,p,n&gt;</source>
        <translation>&amp;Rotate &lt;n,m,p&gt; → &lt;m,p,n&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Transpose &lt;n,m,p&gt; → &lt;p,m,n&gt;</source>
        <translation>&amp;Transpose &lt;n,m,p&gt; → &lt;p,m,n&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+1"/>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+27"/>
        <location line="+45"/>
        <source>Transform Failed</source>
        <translation>Transform Failed</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, rotated</source>
        <translation>%1, rotated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rotated</source>
        <translation>rotated</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, transposed</source>
        <translation>%1, transposed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>transposed</source>
        <translation>transposed</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, random basis</source>
        <translation>%1, random basis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change of basis (seed %1)</source>
        <translation>change of basis (seed %1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the product %1 is too large</source>
        <translation>the product %1 is too large</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 ⊗ %2</source>
        <translation>%1 ⊗ %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kronecker product</source>
        <translation>Kronecker product</translation>
    </message>
    <message>
        <location line="+15"/>
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
        <location filename="../widgets/TensorView.cpp" line="+279"/>
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
</TS>
