<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ManualPlayController</name>
    <message>
        <location filename="../app/gui/ManualPlayController.cpp" line="+14"/>
        <source>Apply m%1</source>
        <translation>Применить m%1</translation>
    </message>
</context>
<context>
    <name>OpenGLSetup</name>
    <message>
        <location filename="../widgets/OpenGLSetup.cpp" line="+39"/>
        <source>no OpenGL context (the Qt platform &quot;%1&quot; cannot show OpenGL widgets)</source>
        <translation>нет контекста OpenGL (платформа Qt «%1» не умеет показывать виджеты OpenGL)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no OpenGL context</source>
        <translation>нет контекста OpenGL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no OpenGL surface</source>
        <translation>нет поверхности OpenGL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the OpenGL context cannot be made current</source>
        <translation>контекст OpenGL не удаётся сделать текущим</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OpenGL %1.%2 found, 3.2 needed</source>
        <translation>найден OpenGL %1.%2, нужен 3.2</translation>
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
        <translation>&amp;Целевой тензор</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Residual</source>
        <translation>&amp;Остаток</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current &amp;Term</source>
        <translation>Текущий &amp;член</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Residual with Term &amp;Overlaid</source>
        <translation>Остаток с &amp;наложенным членом</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Gallery of Terms</source>
        <translation>&amp;Галерея членов</translation>
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
        <translation>положительная дробь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>negative fraction</source>
        <translation>отрицательная дробь</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../app/cli/BenchCommand.cpp" line="+56"/>
        <source>Benchmarks. &apos;bench verify [SOURCE...]&apos; loads and verifies schemes (by default both AlphaTensor files) and reports the wall time of each round.</source>
        <translation>Замеры скорости. &apos;bench verify [ИСТОЧНИК...]&apos; загружает и проверяет схемы (по умолчанию оба файла AlphaTensor) и сообщает время каждого прохода.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>verify</source>
        <translation>verify</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schemes to load.</source>
        <translation>Схемы для загрузки.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rounds to run (default 5).</source>
        <translation>Число проходов (по умолчанию 5).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print one JSON object.</source>
        <translation>Вывести один объект JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/BenchFlips.cpp" line="+19"/>
        <source>&apos;bench flips&apos; measures flips per second per thread of the flip-graph search.</source>
        <translation>&apos;bench flips&apos; измеряет, сколько флипов в секунду на поток делает поиск по графу флипов.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>flips</source>
        <translation>flips</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sizes to measure (repeatable; default 3,3,3 and 4,4,4).</source>
        <translation>Размеры для замера (можно повторять; по умолчанию 3,3,3 и 4,4,4).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Z2 or Z (repeatable; default both).</source>
        <translation>Z2 или Z (можно повторять; по умолчанию оба).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds per measurement (default 1).</source>
        <translation>Секунд на один замер (по умолчанию 1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One JSON object per measurement.</source>
        <translation>По объекту JSON на каждый замер.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="+17"/>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConvertCommand.cpp" line="+25"/>
        <source>Convert a scheme (or every key of an npz) to another format. The output format comes from OUT&apos;s extension unless --format names it. Writing is atomic.</source>
        <translation>Преобразовать схему (или каждый ключ архива npz) в другой формат. Формат вывода определяется расширением OUT, если его не задаёт --format. Запись атомарна.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A scheme: file, FILE#n,m,p or builtin:NAME.</source>
        <translation>Схема: файл, ФАЙЛ#n,m,p или builtin:ИМЯ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file to write.</source>
        <translation>Файл для записи.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output format: %1.</source>
        <translation>Формат вывода: %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="+15"/>
        <source>Describe schemes: size, rank, field, cost, validity, products and entries of C.</source>
        <translation>Описать схемы: размер, ранг, поле, стоимость, верность, произведения и элементы C.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schemes to describe.</source>
        <translation>Схемы для описания.</translation>
    </message>
    <message>
        <location filename="../app/cli/ListCommand.cpp" line="+15"/>
        <location filename="../app/cli/main.cpp" line="+22"/>
        <source>List the built-in schemes.</source>
        <translation>Перечислить встроенные схемы.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One JSON object per line.</source>
        <translation>По объекту JSON на строку.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+2"/>
        <source>Describe schemes: size, rank, cost, products, C.</source>
        <translation>Описать схемы: размер, ранг, стоимость, произведения, C.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verify schemes exactly over Z, Q or Z2.</source>
        <translation>Точно проверить схемы над Z, Q или Z2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measure how fast schemes load and verify.</source>
        <translation>Измерить скорость загрузки и проверки схем.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Convert schemes between formats, or export code.</source>
        <translation>Преобразовать схемы между форматами или выгрузить код.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Play a scheme or episode step by step.</source>
        <translation>Воспроизвести схему или партию шаг за шагом.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search for schemes of lower rank (flip graphs).</source>
        <translation>Искать схемы меньшего ранга (графы флипов).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Usage: tensorgame-cli COMMAND [options] [arguments]</source>
        <translation>Использование: tensorgame-cli КОМАНДА [параметры] [аргументы]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commands:</source>
        <translation>Команды:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A SCHEME is a file (project or FastMatrixMultiplication JSON, .exp, .m, .mpl, .txt,
.npz), FILE.npz#n,m,p for one key of an archive, or builtin:NAME
(builtin:strassen, builtin:naive:3,3,3).
Run &apos;tensorgame-cli COMMAND --help&apos; for the options of a command.
Exit status: 0 all valid, 1 a scheme is not valid, 2 bad usage or input.</source>
        <translation>СХЕМА — это файл (JSON проекта или FastMatrixMultiplication, .exp, .m, .mpl, .txt,
.npz), ФАЙЛ.npz#n,m,p для одного ключа архива или builtin:ИМЯ
(builtin:strassen, builtin:naive:3,3,3).
Параметры команды: &apos;tensorgame-cli КОМАНДА --help&apos;.
Код выхода: 0 — все схемы верны, 1 — схема неверна, 2 — ошибка в вызове или входных данных.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>неизвестная команда &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/ReplayCommand.cpp" line="+37"/>
        <source>Play a scheme or a recorded episode move by move from the target tensor, showing what is left after each step.</source>
        <translation>Воспроизвести схему или записанную партию ход за ходом от целевого тензора, показывая, что остаётся после каждого шага.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A scheme or an episode.</source>
        <translation>Схема или партия.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One JSON object per step.</source>
        <translation>По объекту JSON на каждый шаг.</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommand.cpp" line="+82"/>
        <source>Search for schemes of low rank by random walks on the flip graph. Exit status: 0 when the target rank was reached (without a target: when a scheme was found), 1 when time ran out first, 2 for bad input.</source>
        <translation>Искать схемы малого ранга случайными блужданиями по графу флипов. Код выхода: 0 — целевой ранг достигнут (без цели — схема найдена), 1 — время вышло раньше, 2 — ошибка во входных данных.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Matrix sizes n,m,p (default: those of --from).</source>
        <translation>Размеры матриц n,m,p (по умолчанию — как у --from).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search engine: flip (default).</source>
        <translation>Метод поиска: flip (по умолчанию).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Z2 (mod 2, default) or Z (coefficients -1, 0, 1).</source>
        <translation>Z2 (по модулю 2, по умолчанию) или Z (коэффициенты -1, 0, 1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop when this rank is reached.</source>
        <translation>Остановиться, когда достигнут этот ранг.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop after SEC seconds (default: none with a target, else 10).</source>
        <translation>Остановиться через SEC секунд (по умолчанию: без ограничения, если задана цель, иначе 10).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Random seed (default 1).</source>
        <translation>Начальное значение генератора случайных чисел (по умолчанию 1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walkers, one per thread (default 1).</source>
        <translation>Число блужданий, по одному на поток (по умолчанию 1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start from this scheme instead of the naive one.</source>
        <translation>Начать с этой схемы вместо наивной.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write each better scheme to FILE (format from the extension).</source>
        <translation>Записывать каждую лучшую схему в FILE (формат — по расширению).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the result as an episode whose moves are the search&apos;s to FILE (.json).</source>
        <translation>Записать результат в FILE (.json) как партию из ходов поиска.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record the walk and write every flip and reduction that led to the result to FILE (JSON, for replay).</source>
        <translation>Записывать блуждание и сохранить в FILE каждый флип и каждое сокращение, которые привели к результату (JSON, для воспроизведения).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Flip attempts per walker (default: unlimited).</source>
        <translation>Попыток флипа на одно блуждание (по умолчанию без ограничения).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flip attempts without a reduction before a plus transition.</source>
        <translation>Попыток флипа без сокращения до plus-перехода.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plus transitions go at most this many ranks above the best (default 1 up to 3x3x3, else 3).</source>
        <translation>Plus-переходы поднимаются не более чем на столько рангов выше лучшего (по умолчанию 1 до 3x3x3, иначе 3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Flip attempts without improvement before a restart from the best.</source>
        <translation>Попыток флипа без улучшения до перезапуска с лучшей схемы.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With --field Z2: lift the result to Z (signs, Hensel step mod 4) and write it to FILE if that succeeds.</source>
        <translation>С --field Z2: поднять результат до Z (знаки, шаг Гензеля по модулю 4) и при успехе записать его в FILE.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print one JSON object as the last line of stdout.</source>
        <translation>Вывести один объект JSON последней строкой стандартного вывода.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No progress on stderr.</source>
        <translation>Не выводить ход поиска в stderr.</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="+14"/>
        <source>Verify schemes exactly. Without --field each scheme is checked in the field its source says (Z, Q or Z2); all three results are reported.</source>
        <translation>Точно проверить схемы. Без --field каждая схема проверяется в поле, указанном её источником (Z, Q или Z2); выводятся все три результата.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Schemes to verify.</source>
        <translation>Схемы для проверки.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check over FIELD: Z, Q or Z2.</source>
        <translation>Проверять над полем FIELD: Z, Q или Z2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One JSON object per scheme per line.</source>
        <translation>По объекту JSON на схему, по одному в строке.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+54"/>
        <source>cannot write %1</source>
        <translation>не удаётся записать %1</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Explore matrix-multiplication tensors and fast schemes step by step.</source>
        <translation>Исследуйте тензоры умножения матриц и быстрые схемы шаг за шагом.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A scheme or episode: a file in any readable format (project or FastMatrixMultiplication JSON, .exp, .m, .mpl, .txt, .npz), FILE.npz#n,m,p, or builtin:KEY such as builtin:laderman or builtin:naive:3,3,3 (default: builtin:strassen).</source>
        <translation>Схема или партия: файл в любом читаемом формате (JSON проекта или FastMatrixMultiplication, .exp, .m, .mpl, .txt, .npz), ФАЙЛ.npz#n,m,p или builtin:КЛЮЧ, например builtin:laderman или builtin:naive:3,3,3 (по умолчанию builtin:strassen).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show the state after K moves.</source>
        <translation>Показать состояние после K ходов.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save a PNG picture of the window to FILE and exit.</source>
        <translation>Сохранить снимок окна в PNG-файл FILE и выйти.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Window size, e.g. 1200x800.</source>
        <translation>Размер окна, например 1200x800.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Do not use OpenGL: show the panels without the 3D view.</source>
        <translation>Не использовать OpenGL: показать панели без трёхмерного вида.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The scheme to open (the same as the SCHEME argument).</source>
        <translation>Схема, которую открыть (то же, что аргумент SCHEME).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the 3D view shows: target, residual, term, overlay or gallery.</source>
        <translation>Что показывает трёхмерный вид: target, residual, term, overlay или gallery.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Orbit the camera around SCHEME and print frames per second and the time to the first frame, then exit.</source>
        <translation>Облететь камерой вокруг SCHEME, вывести число кадров в секунду и время до первого кадра и выйти.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Frames for --bench-render (default 120).</source>
        <translation>Число кадров для --bench-render (по умолчанию 120).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use this language (en or ru) instead of the one chosen in View &gt; Language or the system&apos;s.</source>
        <translation>Использовать этот язык (en или ru) вместо выбранного в меню «Вид &gt; Язык» или системного.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Do not start the guided tour on the first run.</source>
        <translation>Не запускать экскурсию при первом запуске.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>name at most one SCHEME</source>
        <translation>укажите не больше одной схемы SCHEME</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--view wants target, residual, term, overlay or gallery, not &quot;%1&quot;</source>
        <translation>--view принимает target, residual, term, overlay или gallery, а не «%1»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--language wants one of: %1</source>
        <translation>--language принимает одно из: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--frames wants a positive number</source>
        <translation>--frames принимает положительное число</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--size wants WxH, e.g. 1200x800</source>
        <translation>--size принимает ШxВ, например 1200x800</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot open</source>
        <translation>Не удаётся открыть</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--step wants a number of moves</source>
        <translation>--step принимает число ходов</translation>
    </message>
</context>
<context>
    <name>tg::AboutDialog</name>
    <message>
        <location filename="../app/gui/AboutDialog.cpp" line="+24"/>
        <source>About TensorGame Explorer</source>
        <translation>О программе TensorGame Explorer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not built in</source>
        <translation>не встроена</translation>
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
        <translation>Qt %1 (собрано с %2)</translation>
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
        <translation>Посмотрите, как работают быстрые алгоритмы умножения матриц: открывайте опубликованные исследователями схемы, точно проверяйте их, проходите член за членом в трёхмерном виде и ищите новые.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Built-in schemes are written from the original papers (Strassen 1969, Winograd 1971, Hopcroft and Kerr 1971, Laderman 1976). See the README for the data sources and their licences.</source>
        <translation>Встроенные схемы записаны по оригинальным статьям (Штрассен 1969, Виноград 1971, Хопкрофт и Керр 1971, Ладерман 1976). Источники данных и их лицензии перечислены в README.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Copy Versions</source>
        <translation>&amp;Копировать версии</translation>
    </message>
</context>
<context>
    <name>tg::ExportActions</name>
    <message>
        <location filename="../app/gui/ExportActions.cpp" line="+30"/>
        <source>PNG image (*.png)</source>
        <translation>Изображение PNG (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3D &amp;View as PNG…</source>
        <translation>Трёхмерный &amp;вид в PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export 3D View</source>
        <translation>Экспорт трёхмерного вида</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Window as PNG…</source>
        <translation>&amp;Окно в PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Window</source>
        <translation>Экспорт окна</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Scheme As…</source>
        <translation>&amp;Схему как…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export Scheme</source>
        <translation>Экспорт схемы</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Episode as PNG Sequence…</source>
        <translation>&amp;Партию как серию PNG…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Episode Frames</source>
        <translation>Экспорт кадров партии</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n frames in %1</source>
        <translation>
            <numerusform>%n кадр в %1</numerusform>
            <numerusform>%n кадра в %1</numerusform>
            <numerusform>%n кадров в %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Formulas</source>
        <translation>&amp;Формулы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;LaTeX</source>
        <translation>&amp;LaTeX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;C++ Code</source>
        <translation>Код на &amp;C++</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Python Code</source>
        <translation>Код на &amp;Python</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copied to the clipboard</source>
        <translation>Скопировано в буфер обмена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export Failed</source>
        <translation>Экспорт не удался</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported %1</source>
        <translation>Экспортировано: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the 3D view is not available</source>
        <translation>трёхмерный вид недоступен</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>cannot write %1</source>
        <translation>не удаётся записать %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: no writable format has this extension</source>
        <translation>%1: нет формата для записи с таким расширением</translation>
    </message>
</context>
<context>
    <name>tg::FactorPanel</name>
    <message>
        <location filename="../widgets/FactorPanel.cpp" line="+34"/>
        <source>w indexes C transposed: w[k·n+i] is the coefficient of c_ik. This grid shows C the right way round, so the cell in row i, column k is c_ik.</source>
        <translation>w нумерует C в транспонированном виде: w[k·n+i] — коэффициент при c_ik. Эта сетка показывает C в обычном виде, так что клетка в строке i и столбце k — это c_ik.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>u: coefficients of A (%1×%2)</source>
        <translation>u: коэффициенты A (%1×%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>v: coefficients of B (%1×%2)</source>
        <translation>v: коэффициенты B (%1×%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>w: where it goes in C (%1×%2, c_ik)</source>
        <translation>w: куда идёт в C (%1×%2, c_ik)</translation>
    </message>
</context>
<context>
    <name>tg::FormulaPanel</name>
    <message>
        <location filename="../widgets/FormulaPanel.cpp" line="+25"/>
        <source>Additions: forming each linear form of A and B, then each entry of C, without sharing; in brackets with common subexpressions computed once (greedy).</source>
        <translation>Сложения: на составление каждой линейной формы от A и B, затем каждого элемента C, без общих частей; в скобках — когда общие подвыражения вычисляются один раз (жадно).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Products</source>
        <translation>Произведения</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Click a product to show the residual just after it</source>
        <translation>Щёлкните произведение, чтобы увидеть остаток сразу после него</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entries of C</source>
        <translation>Элементы C</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The w factors index C transposed: w[k·n+i] is the coefficient of c_ik.</source>
        <translation>Множители w нумеруют C в транспонированном виде: w[k·n+i] — коэффициент при c_ik.</translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
        <source>%n multiplications</source>
        <translation>
            <numerusform>%n умножение</numerusform>
            <numerusform>%n умножения</numerusform>
            <numerusform>%n умножений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n additions</source>
        <translation>
            <numerusform>%n сложение</numerusform>
            <numerusform>%n сложения</numerusform>
            <numerusform>%n сложений</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (%1 with shared subexpressions)</source>
        <translation> (%1 с общими подвыражениями)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n scalings</source>
        <translation>
            <numerusform>%n умножение на число</numerusform>
            <numerusform>%n умножения на число</numerusform>
            <numerusform>%n умножений на число</numerusform>
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
        <translation>Готово: остаток больше не затрагивает этот элемент</translation>
    </message>
</context>
<context>
    <name>tg::GuidedTour</name>
    <message>
        <location filename="../app/gui/GuidedTour.cpp" line="+40"/>
        <source>Guided Tour: Strassen&apos;s Algorithm</source>
        <translation>Экскурсия: алгоритм Штрассена</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The tensor T⟨2,2,2⟩</source>
        <translation>Тензор T⟨2,2,2⟩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;Multiplying two 2×2 matrices the schoolbook way takes &lt;b&gt;8&lt;/b&gt; multiplications: each entry c&lt;sub&gt;ik&lt;/sub&gt; of C = AB is a&lt;sub&gt;i1&lt;/sub&gt;b&lt;sub&gt;1k&lt;/sub&gt; + a&lt;sub&gt;i2&lt;/sub&gt;b&lt;sub&gt;2k&lt;/sub&gt;.&lt;/p&gt;&lt;p&gt;The 3D view shows this as the &lt;b&gt;matrix-multiplication tensor&lt;/b&gt;. Its three axes are the entries of A, B and C; a cube at (a&lt;sub&gt;ij&lt;/sub&gt;, b&lt;sub&gt;jk&lt;/sub&gt;, c&lt;sub&gt;ik&lt;/sub&gt;) says that the product a&lt;sub&gt;ij&lt;/sub&gt;·b&lt;sub&gt;jk&lt;/sub&gt; belongs in c&lt;sub&gt;ik&lt;/sub&gt;. There are 8 cubes, one per multiplication.&lt;/p&gt;&lt;p&gt;Point at a cube to read what it means. Drag to rotate the view, use the wheel to zoom.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Чтобы перемножить две матрицы 2×2 по-школьному, нужно &lt;b&gt;8&lt;/b&gt; умножений: каждый элемент c&lt;sub&gt;ik&lt;/sub&gt; матрицы C = AB равен a&lt;sub&gt;i1&lt;/sub&gt;b&lt;sub&gt;1k&lt;/sub&gt; + a&lt;sub&gt;i2&lt;/sub&gt;b&lt;sub&gt;2k&lt;/sub&gt;.&lt;/p&gt;&lt;p&gt;Трёхмерный вид показывает это как &lt;b&gt;тензор умножения матриц&lt;/b&gt;. Его три оси — элементы A, B и C; кубик в точке (a&lt;sub&gt;ij&lt;/sub&gt;, b&lt;sub&gt;jk&lt;/sub&gt;, c&lt;sub&gt;ik&lt;/sub&gt;) означает, что произведение a&lt;sub&gt;ij&lt;/sub&gt;·b&lt;sub&gt;jk&lt;/sub&gt; входит в c&lt;sub&gt;ik&lt;/sub&gt;. Кубиков 8 — по одному на каждое умножение.&lt;/p&gt;&lt;p&gt;Наведите указатель на кубик, чтобы прочитать, что он значит. Перетаскивание вращает вид, колесо меняет масштаб.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>One term: m1 = (a11 + a22)(b11 + b22)</source>
        <translation>Один член: m1 = (a11 + a22)(b11 + b22)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;A faster algorithm writes the tensor as a sum of &lt;b&gt;rank-1 terms&lt;/b&gt; u⊗v⊗w. Each term is &lt;b&gt;one multiplication&lt;/b&gt;: a sum of entries of A (u) times a sum of entries of B (v), added to some entries of C (w).&lt;/p&gt;&lt;p&gt;Strassen&apos;s first term m1 = (a11 + a22)(b11 + b22) goes to c11 and c22. It touches the 2×2×2 = 8 outlined cells: it removes the cubes a11·b11→c11 and a22·b22→c22, which it computes correctly, and leaves −1 where it adds a product that does not belong, such as a11·b22 in c11. The status bar counts the residual T − m1: 12 nonzero entries.&lt;/p&gt;&lt;p&gt;The Factors panel shows u, v and w as grids shaped like A, B and C.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Быстрый алгоритм записывает тензор как сумму &lt;b&gt;членов ранга 1&lt;/b&gt; u⊗v⊗w. Каждый член — это &lt;b&gt;одно умножение&lt;/b&gt;: сумма элементов A (u), умноженная на сумму элементов B (v) и прибавленная к некоторым элементам C (w).&lt;/p&gt;&lt;p&gt;Первый член Штрассена m1 = (a11 + a22)(b11 + b22) идёт в c11 и c22. Он затрагивает 2×2×2 = 8 обведённых клеток: убирает кубики a11·b11→c11 и a22·b22→c22, которые вычисляет правильно, и оставляет −1 там, где добавляет лишнее произведение, например a11·b22 в c11. Строка состояния считает остаток T − m1: 12 ненулевых элементов.&lt;/p&gt;&lt;p&gt;Панель «Множители» показывает u, v и w сетками той же формы, что A, B и C.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Step by step</source>
        <translation>Шаг за шагом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;The &lt;b&gt;residual&lt;/b&gt; is what is left to compute. Each further term removes what it can and cancels the extra products that earlier terms brought in.&lt;/p&gt;&lt;p&gt;Press → and ← (the Go menu) to step through the terms, Space to play them one after another. The status bar shows the step, the nonzero entries of the residual, and a lower bound on the number of terms still needed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Остаток&lt;/b&gt; — то, что ещё осталось вычислить. Каждый следующий член убирает, что может, и компенсирует лишние произведения, внесённые предыдущими членами.&lt;/p&gt;&lt;p&gt;Клавиши → и ← (меню «Переход») переходят от члена к члену, пробел проигрывает их один за другим. Строка состояния показывает шаг, число ненулевых элементов остатка и нижнюю оценку того, сколько членов ещё понадобится.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why 7 terms suffice</source>
        <translation>Почему хватает 7 членов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;After the seventh term the residual is &lt;b&gt;zero&lt;/b&gt;: the seven products add up to exactly T⟨2,2,2⟩, so they compute every entry of C. That is Strassen&apos;s algorithm: 7 multiplications instead of 8.&lt;/p&gt;&lt;p&gt;One multiplication saved looks small, but the entries may themselves be matrices: applied to blocks, again and again, the scheme multiplies n×n matrices in about n&lt;sup&gt;2.81&lt;/sup&gt; operations instead of n&lt;sup&gt;3&lt;/sup&gt;. Six terms are not enough: the rank of T⟨2,2,2⟩ is 7 (Winograd, 1971).&lt;/p&gt;</source>
        <translation>&lt;p&gt;После седьмого члена остаток равен &lt;b&gt;нулю&lt;/b&gt;: семь произведений в сумме дают ровно T⟨2,2,2⟩, а значит, вычисляют все элементы C. Это и есть алгоритм Штрассена: 7 умножений вместо 8.&lt;/p&gt;&lt;p&gt;Одно сэкономленное умножение кажется мелочью, но элементы сами могут быть матрицами: если применять схему к блокам снова и снова, матрицы n×n перемножаются примерно за n&lt;sup&gt;2,81&lt;/sup&gt; операций вместо n&lt;sup&gt;3&lt;/sup&gt;. Шести членов не хватит: ранг T⟨2,2,2⟩ равен 7 (Виноград, 1971).&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading off C</source>
        <translation>Как получить C</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;The Formulas panel lists the seven products and how C is assembled from them:&lt;/p&gt;&lt;p&gt;c11 = m1 + m4 − m5 + m7&lt;br&gt;c12 = m3 + m5&lt;br&gt;c21 = m2 + m4&lt;br&gt;c22 = m1 − m2 + m3 + m6&lt;/p&gt;&lt;p&gt;The coefficients are the entries of w: term m&lt;sub&gt;r&lt;/sub&gt; adds w&lt;sub&gt;r&lt;/sub&gt;[c&lt;sub&gt;ik&lt;/sub&gt;]·m&lt;sub&gt;r&lt;/sub&gt; to c&lt;sub&gt;ik&lt;/sub&gt;. Click a product in the panel to go to its step; the panel marks the entries of C that are already complete. Edit &gt; Copy Scheme As gives the formulas as text, LaTeX or code.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Панель «Формулы» перечисляет семь произведений и то, как из них собирается C:&lt;/p&gt;&lt;p&gt;c11 = m1 + m4 − m5 + m7&lt;br&gt;c12 = m3 + m5&lt;br&gt;c21 = m2 + m4&lt;br&gt;c22 = m1 − m2 + m3 + m6&lt;/p&gt;&lt;p&gt;Коэффициенты — это элементы w: член m&lt;sub&gt;r&lt;/sub&gt; прибавляет w&lt;sub&gt;r&lt;/sub&gt;[c&lt;sub&gt;ik&lt;/sub&gt;]·m&lt;sub&gt;r&lt;/sub&gt; к c&lt;sub&gt;ik&lt;/sub&gt;. Щёлкните произведение на панели, чтобы перейти к его шагу; панель отмечает элементы C, которые уже готовы. «Правка &gt; Копировать схему как» выдаёт формулы текстом, в LaTeX или в виде кода.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your turn</source>
        <translation>Теперь вы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;Game &gt; Play From This Step&lt;/b&gt; (Ctrl+P) lets you compose your own moves: click the coefficients of u, v and w, watch the preview, apply, undo. Reaching zero in R moves is an algorithm with R multiplications.&lt;/p&gt;&lt;p&gt;The Library opens Laderman&apos;s 23 products for 3×3 matrices and the schemes AlphaTensor found; the Transform menu makes new schemes from old ones; File &gt; Export writes pictures, formulas and code.&lt;/p&gt;&lt;p&gt;Help &gt; User Guide explains every view and command; Help &gt; Guided Tour brings this tour back.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Игра &gt; Играть с этого шага&lt;/b&gt; (Ctrl+P) позволяет составлять собственные ходы: щёлкайте коэффициенты u, v и w, смотрите предпросмотр, применяйте, отменяйте. Дойти до нуля за R ходов — значит найти алгоритм с R умножениями.&lt;/p&gt;&lt;p&gt;Библиотека открывает 23 произведения Ладермана для матриц 3×3 и схемы, найденные AlphaTensor; меню «Преобразование» строит новые схемы из старых; «Файл &gt; Экспорт» сохраняет изображения, формулы и код.&lt;/p&gt;&lt;p&gt;«Справка &gt; Руководство пользователя» объясняет все виды и команды; «Справка &gt; Экскурсия» снова открывает эту экскурсию.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Skip Tour</source>
        <translation>&amp;Пропустить</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Next</source>
        <translation>&amp;Далее</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Finish</source>
        <translation>&amp;Готово</translation>
    </message>
</context>
<context>
    <name>tg::HelpActions</name>
    <message>
        <location filename="../app/gui/HelpActions.cpp" line="+20"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How to open schemes, step through them, play, transform and export</source>
        <translation>Как открывать схемы, проходить их по шагам, играть, преобразовывать и экспортировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guided &amp;Tour</source>
        <translation>&amp;Экскурсия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk through Strassen&apos;s algorithm step by step</source>
        <translation>Пройти алгоритм Штрассена шаг за шагом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Горячие клавиши</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About TensorGame Explorer</source>
        <translation>&amp;О программе TensorGame Explorer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
</context>
<context>
    <name>tg::LanguageMenu</name>
    <message>
        <location filename="../app/gui/LanguageMenu.cpp" line="+14"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;System Default (%1)</source>
        <translation>&amp;Как в системе (%1)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language is used when TensorGame Explorer starts again.</source>
        <translation>Новый язык будет использован при следующем запуске TensorGame Explorer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restart Now</source>
        <translation>&amp;Перезапустить сейчас</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Later</source>
        <translation>П&amp;озже</translation>
    </message>
</context>
<context>
    <name>tg::LibraryDock</name>
    <message>
        <location filename="../app/gui/LibraryDock.cpp" line="+36"/>
        <source>Size, e.g. 3x3x3</source>
        <translation>Размер, например 3x3x3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any field</source>
        <translation>Любое поле</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scheme</source>
        <translation>Схема</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Double click or Enter opens a scheme</source>
        <translation>Двойной щелчок или Enter открывает схему</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Built-in</source>
        <translation>Встроенные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened and saved</source>
        <translation>Открытые и сохранённые</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent files</source>
        <translation>Недавние файлы</translation>
    </message>
</context>
<context>
    <name>tg::MainWindow</name>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="+98"/>
        <source>no OpenGL context</source>
        <translation>нет контекста OpenGL</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Formulas</source>
        <translation>Формулы</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../app/gui/MainWindowMenus.cpp" line="+125"/>
        <source>&amp;Apply Move</source>
        <translation>&amp;Сделать ход</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;lear</source>
        <translation>&amp;Очистить</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/gui/MainWindowMenus.cpp" line="+4"/>
        <source>&amp;Stop Playing</source>
        <translation>&amp;Закончить игру</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Click a coefficient (or Space on it) to cycle its value; the 3D view previews the move.</source>
        <translation>Щёлкните коэффициент (или нажмите на нём пробел), чтобы перебрать его значения; трёхмерный вид заранее показывает ход.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Factors</source>
        <translation>Множители</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Library</source>
        <translation>Библиотека</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: holds no scheme</source>
        <translation>%1: не содержит ни одной схемы</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 — %2, rank %3</source>
        <translation>%1 — %2, ранг %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a Scheme</source>
        <translation>Выбор схемы</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%1 holds %n schemes:</source>
        <translation>
            <numerusform>%1 содержит %n схему:</numerusform>
            <numerusform>%1 содержит %n схемы:</numerusform>
            <numerusform>%1 содержит %n схем:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot Open</source>
        <translation>Не удаётся открыть</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Schemes and episodes (%1)</source>
        <translation>Схемы и партии (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open Scheme or Episode</source>
        <translation>Открыть схему или партию</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>m%1 — the product %2</source>
        <translation>m%1 — произведение, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>just applied</source>
        <translation>только что применённое</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the first step applies</source>
        <translation>которое применит первый шаг</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+36"/>
        <source>Step %1 of %2 · residual nonzeros %3 · rank ≥ %4</source>
        <translation>Шаг %1 из %2 · ненулевых в остатке %3 · ранг ≥ %4</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+36"/>
        <source> · solved</source>
        <translation> · решено</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Composing m%1 (%2 so far by hand)</source>
        <translation>Составляется m%1 (вручную пока %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>The gallery shows the first %1 of %n terms</source>
        <translation>
            <numerusform>Галерея показывает первые %1 из %n члена</numerusform>
            <numerusform>Галерея показывает первые %1 из %n членов</numerusform>
            <numerusform>Галерея показывает первые %1 из %n членов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot Play</source>
        <translation>Не удаётся начать игру</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Manual play: compose a move in the Factors panel</source>
        <translation>Игра вручную: составьте ход на панели «Множители»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not applied: %1</source>
        <translation>Ход не сделан: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Solved with %n products</source>
        <translation>
            <numerusform>Решено за %n произведение</numerusform>
            <numerusform>Решено за %n произведения</numerusform>
            <numerusform>Решено за %n произведений</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Save Episode</source>
        <translation>Сохранить партию</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TensorGame project (*.json)</source>
        <translation>Проект TensorGame (*.json)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot Save</source>
        <translation>Не удаётся сохранить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>✓ valid over %1</source>
        <translation>✓ верна над %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✗ not valid over %1</source>
        <translation>✗ неверна над %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Entries:</source>
        <translation>Значения:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>□ cells of the current product</source>
        <translation>□ клетки текущего произведения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The C axis runs over C transposed, as w does: w[k·n+i] is the coefficient of c_ik, so the labels read c11, c21, …</source>
        <translation>Ось C идёт по транспонированной C, как и w: w[k·n+i] — коэффициент при c_ik, поэтому подписи идут c11, c21, …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>3D view unavailable: %1</source>
        <translation>Трёхмерный вид недоступен: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowMenus.cpp" line="-95"/>
        <source>Main</source>
        <translation>Основная</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Built-in</source>
        <translation>Открыть &amp;встроенную</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+184"/>
        <source>%1 (%2, rank %3)</source>
        <translation>%1 (%2, ранг %3)</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save Episode As…</source>
        <translation>&amp;Сохранить партию как…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the game being played, or the episode on show, as project JSON</source>
        <translation>Сохранить текущую игру или показанную партию в JSON проекта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Copy Scheme As</source>
        <translation>&amp;Копировать схему как</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reset View</source>
        <translation>&amp;Сбросить вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Highlight Current Product</source>
        <translation>&amp;Выделять текущее произведение</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outline the cells the product of the current step touches</source>
        <translation>Обводить клетки, которые затрагивает произведение текущего шага</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Smooth Transitions</source>
        <translation>&amp;Плавные переходы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fade out what a step removes instead of cutting</source>
        <translation>Плавно гасить то, что убирает шаг, вместо резкой смены</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;First Step</source>
        <translation>&amp;Первый шаг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous Step</source>
        <translation>П&amp;редыдущий шаг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next Step</source>
        <translation>&amp;Следующий шаг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last Step</source>
        <translation>П&amp;оследний шаг</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play/&amp;Pause</source>
        <translation>П&amp;уск/пауза</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Game</source>
        <translation>&amp;Игра</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Play From This Step</source>
        <translation>&amp;Играть с этого шага</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compose your own moves from the residual on show</source>
        <translation>Составлять собственные ходы, начиная с показанного остатка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clear Move</source>
        <translation>&amp;Очистить ход</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Backspace</source>
        <translation>Ctrl+Backspace</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Transform</source>
        <translation>П&amp;реобразование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rotate &lt;n,m,p&gt; → &lt;m,p,n&gt;</source>
        <translation>&amp;Поворот &lt;n,m,p&gt; → &lt;m,p,n&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Transpose &lt;n,m,p&gt; → &lt;p,m,n&gt;</source>
        <translation>&amp;Транспонирование &lt;n,m,p&gt; → &lt;p,m,n&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random &amp;Change of Basis</source>
        <translation>&amp;Случайная замена базиса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kronecker Product With…</source>
        <translation>&amp;Кронекерово произведение с…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+27"/>
        <location line="+45"/>
        <source>Transform Failed</source>
        <translation>Преобразование не удалось</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, rotated</source>
        <translation>%1, повёрнутая</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rotated</source>
        <translation>поворот</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, transposed</source>
        <translation>%1, транспонированная</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>transposed</source>
        <translation>транспонирование</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, random basis</source>
        <translation>%1, случайный базис</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change of basis (seed %1)</source>
        <translation>замена базиса (начальное значение %1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the product %1 is too large</source>
        <translation>произведение %1 слишком велико</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 ⊗ %2</source>
        <translation>%1 ⊗ %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kronecker product</source>
        <translation>кронекерово произведение</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Kronecker Product</source>
        <translation>Кронекерово произведение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multiply the scheme on show with:</source>
        <translation>Умножить показанную схему на:</translation>
    </message>
</context>
<context>
    <name>tg::ShortcutsDialog</name>
    <message>
        <location filename="../app/gui/ShortcutsDialog.cpp" line="+43"/>
        <source>Keyboard Shortcuts</source>
        <translation>Горячие клавиши</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>3D view › Rotate</source>
        <translation>Трёхмерный вид › Вращать</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left drag</source>
        <translation>Перетаскивание левой кнопкой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3D view › Pan</source>
        <translation>Трёхмерный вид › Сдвигать</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right or middle drag, or Shift+left drag</source>
        <translation>Перетаскивание правой или средней кнопкой либо Shift+левой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3D view › Zoom</source>
        <translation>Трёхмерный вид › Масштаб</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wheel</source>
        <translation>Колесо мыши</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Factors › Cycle a coefficient (manual play)</source>
        <translation>Множители › Перебрать значения коэффициента (игра вручную)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click, or Space on the focused cell</source>
        <translation>Щелчок или пробел на выбранной клетке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guided tour › Next, Back, Skip</source>
        <translation>Экскурсия › Далее, Назад, Пропустить</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Return, Alt+B, Esc</source>
        <translation>Enter, Alt+Н, Esc</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
</context>
<context>
    <name>tg::StepControl</name>
    <message>
        <location filename="../widgets/StepControl.cpp" line="+30"/>
        <source>First step</source>
        <translation>Первый шаг</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous step</source>
        <translation>Предыдущий шаг</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+143"/>
        <source>Play</source>
        <translation>Пуск</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>Next step</source>
        <translation>Следующий шаг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last step</source>
        <translation>Последний шаг</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drag to any step</source>
        <translation>Перетащите к любому шагу</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+121"/>
        <source>Step %1 of %2</source>
        <translation>Шаг %1 из %2</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Playback speed</source>
        <translation>Скорость воспроизведения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0.5×</source>
        <translation>0,5×</translation>
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
        <translation>Пауза</translation>
    </message>
</context>
<context>
    <name>tg::TensorView</name>
    <message>
        <location filename="../widgets/TensorView.cpp" line="+279"/>
        <source>no OpenGL context</source>
        <translation>нет контекста OpenGL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OpenGL %1.%2 found, 3.2 needed</source>
        <translation>найден OpenGL %1.%2, нужен 3.2</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>%1·%2 contributes to %3 — entry %4</source>
        <translation>%1·%2 входит в %3 — значение %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1·%2 does not belong in %3 — entry %4 must be cancelled</source>
        <translation>%1·%2 не входит в %3 — значение %4 нужно скомпенсировать</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Left drag: rotate · wheel: zoom · right or middle drag (or Shift+left): pan · point at a voxel to see what it means</source>
        <translation>Левая кнопка: вращать · колесо: масштаб · правая или средняя кнопка (или Shift+левая): сдвигать · наведите на воксел, чтобы узнать, что он значит</translation>
    </message>
</context>
<context>
    <name>tg::UserGuideDialog</name>
    <message>
        <location filename="../app/gui/UserGuideDialog.cpp" line="+21"/>
        <source>TensorGame Explorer User Guide</source>
        <translation>Руководство пользователя TensorGame Explorer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The user guide is missing from this build (%1).</source>
        <translation>В этой сборке нет руководства пользователя (%1).</translation>
    </message>
</context>
</TS>
