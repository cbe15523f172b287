<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AgentEvaluators</name>
    <message>
        <location filename="../app/gui/AgentEvaluators.cpp" line="+20"/>
        <location filename="../app/gui/AgentPanel.cpp" line="+302"/>
        <source>uniform (no network)</source>
        <translation>равномерная (без сети)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This build has no network support (LibTorch).</source>
        <translation>В этой сборке нет поддержки нейросети (LibTorch).</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/AgentModels.cpp" line="+22"/>
        <source>no model is shipped for %1 %2: the agent plays without a network (the uniform evaluator); give --model FILE to use one, or --model uniform to say so</source>
        <translation>для %1 %2 нет поставляемой модели: агент играет без сети (равномерная оценка); укажите --model FILE, чтобы использовать модель, или --model uniform, чтобы явно отказаться от неё</translation>
    </message>
</context>
<context>
    <name>ManualPlayController</name>
    <message>
        <location filename="../app/gui/ManualPlayController.cpp" line="+16"/>
        <source>Agent plays m%1</source>
        <translation>Ход агента m%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply m%1</source>
        <translation>Применить m%1</translation>
    </message>
</context>
<context>
    <name>ModuleLoader</name>
    <message>
        <location filename="../app/common/ModuleLoader.cpp" line="+36"/>
        <source>cannot load lib%1.so:%2</source>
        <translation>не удаётся загрузить lib%1.so:%2</translation>
    </message>
</context>
<context>
    <name>NetworkServices</name>
    <message>
        <location filename="../app/gui/NetworkServices.cpp" line="+24"/>
        <source>this build of the program has no network</source>
        <translation>в этой сборке программы нет нейросети</translation>
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
        <location line="+5"/>
        <source>no OpenGL context</source>
        <translation>нет контекста OpenGL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no OpenGL surface</source>
        <translation>нет поверхности OpenGL</translation>
    </message>
    <message>
        <location line="+2"/>
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
    <name>ResultStore</name>
    <message>
        <location filename="../widgets/SearchResults.cpp" line="+94"/>
        <source>rank %1 over %2 · %3 · %4</source>
        <translation>ранг %1 над %2 · %3 · %4</translation>
    </message>
</context>
<context>
    <name>SearchDock</name>
    <message>
        <location filename="../app/gui/SearchProgressView.cpp" line="+26"/>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
</context>
<context>
    <name>SearchEngines</name>
    <message>
        <location filename="../app/gui/SearchEngines.cpp" line="+21"/>
        <source>Flip search</source>
        <translation>Поиск флипами</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random walks on the flip graph: flips keep the rank, reductions lower it</source>
        <translation>Случайные блуждания по графу флипов: флипы сохраняют ранг, сокращения понижают его</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>MCTS agent</source>
        <translation>Агент MCTS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AlphaTensor-style games: tree search guided by a policy/value network, from the target tensor</source>
        <translation>Игры в стиле AlphaTensor: поиск по дереву, направляемый сетью стратегии и ценности, начиная с целевого тензора</translation>
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
        <translation>положительная дробь</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>negative fraction</source>
        <translation>отрицательная дробь</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../app/cli/BenchVerify.cpp" line="+34"/>
        <source>Benchmarks. &apos;bench verify [SOURCE...]&apos; loads and verifies schemes (by default both AlphaTensor files) and reports the wall time of each round.</source>
        <translation>Замеры скорости. &apos;bench verify [ИСТОЧНИК...]&apos; загружает и проверяет схемы (по умолчанию оба файла AlphaTensor) и сообщает время каждого прохода.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>verify</source>
        <translation>verify</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schemes to load.</source>
        <translation>Схемы для загрузки.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rounds to run (default 5).</source>
        <translation>Число проходов (по умолчанию 5).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print one JSON object.</source>
        <translation>Вывести один объект JSON.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>name the files to verify (the published schemes are not installed)</source>
        <translation>назовите файлы для проверки (опубликованные схемы не установлены)</translation>
    </message>
    <message>
        <location filename="../app/cli/BenchFlips.cpp" line="+33"/>
        <source>&apos;bench flips&apos; measures flips per second per thread of the flip-graph search.</source>
        <translation>&apos;bench flips&apos; измеряет, сколько флипов в секунду на поток делает поиск по графу флипов.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>flips</source>
        <translation>flips</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sizes to measure (repeatable; default 3,3,3 and 4,4,4).</source>
        <translation>Размеры для замера (можно повторять; по умолчанию 3,3,3 и 4,4,4).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Z2 or Z (repeatable; default both).</source>
        <translation>Z2 или Z (можно повторять; по умолчанию оба).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/BenchNn.cpp" line="+39"/>
        <source>Seconds per measurement (default 1).</source>
        <translation>Секунд на один замер (по умолчанию 1).</translation>
    </message>
    <message>
        <location filename="../app/cli/CommonOptions.h" line="+149"/>
        <source>One JSON object per measurement.</source>
        <translation>По объекту JSON на каждый замер.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="+27"/>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot tell the format of --out from its extension: %1</source>
        <translation>по расширению --out нельзя определить формат: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation>не удаётся записать %1: папки %2 не существует</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write %1: the folder %2 is not writable</source>
        <translation>не удаётся записать %1: в папку %2 нельзя записывать</translation>
    </message>
    <message>
        <location filename="../app/cli/ConvertCommand.cpp" line="+30"/>
        <source>Convert a scheme (or every key of an npz) to another format. The output format comes from OUT&apos;s extension unless --format names it. Writing is atomic.</source>
        <translation>Преобразовать схему (или каждый ключ архива npz) в другой формат. Формат вывода определяется расширением OUT, если его не задаёт --format. Запись атомарна.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>A scheme: file, FILE#n,m,p or builtin:NAME.</source>
        <translation>Схема: файл, ФАЙЛ#n,m,p или builtin:ИМЯ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file to write.</source>
        <translation>Файл для записи.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Output format: %1.</source>
        <translation>Формат вывода: %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>name IN and OUT</source>
        <translation>укажите IN и OUT</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot tell the format from &apos;%1&apos;; use --format (%2)</source>
        <translation>по «%1» нельзя определить формат; укажите --format (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="+37"/>
        <source>Describe schemes: size, rank, field, cost, validity, products and entries of C.</source>
        <translation>Описать схемы: размер, ранг, поле, стоимость, верность, произведения и элементы C.</translation>
    </message>
    <message>
        <location filename="../app/cli/BenchApply.cpp" line="+25"/>
        <source>apply</source>
        <translation>apply</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schemes to run (builtin:KEY, a name such as strassen, or a file).</source>
        <translation>Схемы для запуска (builtin:КЛЮЧ, имя вроде strassen или файл).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Matrix sizes n, comma-separated (default 256,512,1024,2048).</source>
        <translation>Размеры матриц n через запятую (по умолчанию 256,512,1024,2048).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocks with a dimension at or below C go to Eigen&apos;s product; &apos;auto&apos; (default) picks it by a quick measurement.</source>
        <translation>Блоки, у которых размерность не больше C, умножаются средствами Eigen; &apos;auto&apos; (по умолчанию) выбирает порог по быстрому замеру.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Threads for the scheme&apos;s top level and for Eigen&apos;s and the loop&apos;s column stripes (default 1).</source>
        <translation>Потоков для верхнего уровня схемы и для полос столбцов у Eigen и у цикла (по умолчанию 1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>double (default) or float.</source>
        <translation>double (по умолчанию) или float.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the classical triple loop only up to this n (default 1024).</source>
        <translation>Запускать классический тройной цикл только до этого n (по умолчанию 1024).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Runs per timing, the fastest counts (default 1).</source>
        <translation>Запусков на один замер, учитывается самый быстрый (по умолчанию 1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;bench apply SCHEME...&apos; multiplies random n x n matrices (entries uniform in [-1,1]) with the scheme applied recursively down to the cutoff, with Eigen&apos;s product and with the classical triple loop, and reports the time, the effective GFLOP/s (2n^3/time) and the relative Frobenius error of each against the product computed in long double (on 128 evenly spaced rows of C). The scheme&apos;s plan (its shared subexpressions) is made once, before timing.</source>
        <translation>&apos;bench apply СХЕМА...&apos; умножает случайные матрицы n x n (элементы равномерно распределены в [-1,1]) схемой, применяемой рекурсивно вплоть до порога, произведением Eigen и классическим тройным циклом и сообщает для каждого способа время, эффективную скорость в GFLOP/s (2n^3/время) и относительную погрешность по норме Фробениуса относительно произведения, вычисленного в long double (по 128 равномерно расположенным строкам C). План схемы (её общие подвыражения) строится один раз, до замера.</translation>
    </message>
    <message>
        <location line="+94"/>
        <location filename="../app/cli/InfoCommand.cpp" line="+7"/>
        <location filename="../app/cli/LiftCommand.cpp" line="+85"/>
        <location filename="../app/cli/VerifyCommand.cpp" line="+50"/>
        <source>name at least one SCHEME</source>
        <translation>укажите хотя бы одну схему (SCHEME)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--sizes must be from 1 to 16384, not %1</source>
        <translation>--sizes должны быть от 1 до 16384, а не %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--cutoff must be a whole number from 1 or &apos;auto&apos;, not &apos;%1&apos;</source>
        <translation>--cutoff должен быть целым числом от 1 или &apos;auto&apos;, а не &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="-11"/>
        <source>Schemes to describe.</source>
        <translation>Схемы для описания.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+24"/>
        <source>List the built-in schemes.</source>
        <translation>Перечислить встроенные схемы.</translation>
    </message>
    <message>
        <location filename="../app/cli/ListCommand.cpp" line="+58"/>
        <source>the published schemes are not installed (looked next to the program and in share/tensorgame/published; TG_PUBLISHED_DIR names another folder)</source>
        <translation>опубликованные схемы не установлены (искали рядом с программой и в share/tensorgame/published; другую папку задаёт TG_PUBLISHED_DIR)</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>List the built-in schemes, or the published ones the program ships.</source>
        <translation>Показать встроенные схемы или опубликованные схемы, которые поставляются с программой.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>One JSON object per line.</source>
        <translation>По объекту JSON на строку.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the published schemes (AlphaTensor&apos;s and the best known of every size up to 6x6x6), each with the path that opens it.</source>
        <translation>Показать опубликованные схемы (AlphaTensor и лучшие известные для всех размеров до 6x6x6), у каждой — путь, по которому она открывается.</translation>
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
        <source>Lift schemes valid mod 2 to Z (Hensel lifting).</source>
        <translation>Поднять схемы, верные по модулю 2, до Z (подъём Гензеля).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search for schemes of lower rank (flip graphs).</source>
        <translation>Искать схемы меньшего ранга (графы флипов).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Train the policy/value network and write a model file.</source>
        <translation>Обучить сеть стратегии и ценности и записать файл модели.</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+19"/>
        <source>internal error: %1</source>
        <translation>внутренняя ошибка: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>internal error: unknown exception</source>
        <translation>внутренняя ошибка: неизвестное исключение</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>неизвестная команда &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/ReplayCommand.cpp" line="+43"/>
        <source>Play a scheme or a recorded episode move by move from the target tensor, showing what is left after each step.</source>
        <translation>Воспроизвести схему или записанную партию ход за ходом от целевого тензора, показывая, что остаётся после каждого шага.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>A scheme or an episode.</source>
        <translation>Схема или партия.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One JSON object per step.</source>
        <translation>По объекту JSON на каждый шаг.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>name exactly one SCHEME or EPISODE</source>
        <translation>укажите ровно одну схему или эпизод (SCHEME или EPISODE)</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchOptions.cpp" line="+206"/>
        <source>Search for schemes of low rank by random walks on the flip graph. Exit status: 0 when the target rank was reached (without a target: when a scheme was found), 1 when time ran out first, 2 for bad input.</source>
        <translation>Искать схемы малого ранга случайными блужданиями по графу флипов. Код выхода: 0 — целевой ранг достигнут (без цели — схема найдена), 1 — время вышло раньше, 2 — ошибка во входных данных.</translation>
    </message>
    <message>
        <location line="-193"/>
        <source>Matrix sizes n,m,p (default: those of --from).</source>
        <translation>Размеры матриц n,m,p (по умолчанию — как у --from).</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>With fresh restarts: flip attempts at a new level whose scheme has no flip (no two terms share a factor) before the next descent; 0: the path limit (default: the preset&apos;s).</source>
        <translation>При новых спусках с начала: сколько попыток флипа делать на новом уровне, если у его схемы нет ни одного флипа (никакие два члена не имеют общего множителя), прежде чем начать следующий спуск; 0 — предел длины пути (по умолчанию — из предустановки).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the whole search (walkers, pools, random states) to FILE every --checkpoint-every seconds and at the end, for --resume (under mpirun: one file per rank, FILE.rankN).</source>
        <translation>Сохранять весь поиск (блуждания, пулы, состояния генераторов случайных чисел) в FILE каждые --checkpoint-every секунд и в конце, для --resume (под mpirun — по файлу на процесс, FILE.rankN).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Seconds between checkpoints (default 60).</source>
        <translation>Секунд между контрольными точками (по умолчанию 60).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue the search saved in FILE by --checkpoint (its size, field, seed, threads and settings; --time-limit, --max-flips and --target-rank may be given anew).</source>
        <translation>Продолжить поиск, сохранённый в FILE параметром --checkpoint (с его размером, полем, начальным значением, потоками и настройками; --time-limit, --max-flips и --target-rank можно задать заново).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Flip attempts per walker between checkpoint points and, under mpirun, between exchanges of the ranks&apos; best schemes (rounded up to a multiple of 65536).</source>
        <translation>Попыток флипа на одно блуждание между контрольными точками и, под mpirun, между обменами лучшими схемами процессов (округляется вверх до кратного 65536).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Do not solve tight endgames exactly.</source>
        <translation>Не решать точно эндшпили впритык.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not complete the best w for the sampled (u, v).</source>
        <translation>Не достраивать лучший w для выбранных (u, v).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Share of candidates drawn uniformly beside the policy&apos;s (default 0.25).</source>
        <translation>Доля кандидатов, выбираемых равномерно в дополнение к кандидатам стратегии (по умолчанию 0.25).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Do not prune states by the flattening-rank bound.</source>
        <translation>Не отсекать состояния по оценке ранга развёрток.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leaves evaluated per network call, spread by virtual loss (default 1).</source>
        <translation>Листьев, оцениваемых за один вызов сети и разводимых виртуальной потерей (по умолчанию 1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask the network for candidates only at nodes fewer than D moves below the root of each move; deeper ones draw uniformly (default 0: everywhere).</source>
        <translation>Спрашивать у сети кандидатов только в узлах менее чем на D ходов ниже корня каждого хода; более глубокие выбирают равномерно (по умолчанию 0: везде).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Play every game on the target itself (mod 2).</source>
        <translation>Играть каждую игру на самом целевом тензоре (по модулю 2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct the priors for the mixture of policy and uniform draws (sampled MuZero&apos;s beta-hat / beta).</source>
        <translation>Поправлять априорные вероятности на смесь выборок из стратегии и равномерных выборок (beta-hat / beta из sampled MuZero).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Value leaves by the network and the lower bound, not by their completion rank.</source>
        <translation>Оценивать листья сетью и нижней границей, а не рангом их дополнения.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order leaves of equal completion rank by the other modes&apos; completions (games without a target).</source>
        <translation>Упорядочивать листья с равным рангом дополнения по дополнениям в двух других модах (в играх без цели).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start every game from the target, none from the best scheme found less a few of its terms (games without a target).</source>
        <translation>Начинать каждую игру с цели, ни одной — с лучшей найденной схемы без нескольких её членов (в играх без цели).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave out of a restart the first terms drawn, not terms whose sum the flattening-rank bound lets be made up in fewer moves.</source>
        <translation>При перезапуске убирать первые выпавшие члены, а не те, сумму которых оценка по рангам развёрток позволяет составить за меньшее число ходов.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restart from the best scheme itself, not from it moved by random flips of the flip graph.</source>
        <translation>Перезапускать с самой лучшей схемы, а не с неё, сдвинутой случайными флипами графа флипов.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Do not offer moves made of pairs of completion terms.</source>
        <translation>Не предлагать ходы, составленные из пар членов дополнения.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not offer moves that lower a flattening rank.</source>
        <translation>Не предлагать ходы, понижающие ранг развёртки.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count only the games as played, not the best scheme the tree completes to.</source>
        <translation>Учитывать только сыгранные игры, а не лучшую схему, до которой дерево дополняет состояние.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give a leaf its candidate moves when it is valued, not when a simulation first passes through it.</source>
        <translation>Давать листу ходы-кандидаты при его оценке, а не когда через него впервые пройдёт симуляция.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--symmetry cyclic needs a square size n,n,n, not %1</source>
        <translation>--symmetry cyclic требует квадратного размера n,n,n, а не %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Let the AlphaTensor-style agent (tree search guided by a policy/value network) play TensorGame. Exit status: 0 when the target rank was reached (without a target: when a scheme was found), 1 when time ran out first, 2 for bad input.</source>
        <translation>Дать агенту в стиле AlphaTensor (поиск по дереву, направляемый сетью стратегии и ценности) сыграть в TensorGame. Код выхода: 0 — целевой ранг достигнут (без цели — схема найдена), 1 — время вышло раньше, 2 — ошибка во входных данных.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommonOptions.h" line="-95"/>
        <source>Matrix sizes n,m,p.</source>
        <translation>Размеры матриц n,m,p.</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchOptions.cpp" line="-116"/>
        <source>Search engine: mcts here.</source>
        <translation>Движок поиска: здесь mcts.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommonOptions.h" line="+14"/>
        <source>Z2 (mod 2, default) or Z (coefficients -1, 0, 1).</source>
        <translation>Z2 (по модулю 2, по умолчанию) или Z (коэффициенты -1, 0, 1).</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchOptions.cpp" line="+3"/>
        <source>Coefficient set: mod2, -1..1 or -2..2 (default: from --field).</source>
        <translation>Набор коэффициентов: mod2, -1..1 или -2..2 (по умолчанию — по --field).</translation>
    </message>
    <message>
        <location filename="../app/cli/CommonOptions.h" line="+17"/>
        <source>Stop when this rank is reached.</source>
        <translation>Остановиться, когда достигнут этот ранг.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stop after SEC seconds (default: none with a target, else 10).</source>
        <translation>Остановиться через SEC секунд (по умолчанию: без ограничения, если задана цель, иначе 10).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Random seed (default 1).</source>
        <translation>Начальное значение генератора случайных чисел (по умолчанию 1).</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchOptions.cpp" line="+5"/>
        <source>Games in parallel, one per thread.</source>
        <translation>Число параллельных игр, по одной на поток.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy/value network (a model file), or &apos;uniform&apos; for none (default: the model shipped for the size, if any).</source>
        <translation>Сеть стратегии и ценности (файл модели) или &apos;uniform&apos; — без сети (по умолчанию — модель, поставляемая для этого размера, если она есть).</translation>
    </message>
    <message>
        <location filename="../app/cli/BenchAgent.cpp" line="+29"/>
        <source>agent</source>
        <translation>agent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sizes, comma-separated (default 2x2x2).</source>
        <translation>Размеры через запятую (по умолчанию 2x2x2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Configurations, comma-separated: default, uniform, no-endgame, no-completion, no-uniform-share, no-pruning, no-random-basis, correction, no-completion-value, spread, no-restart, no-restart-focus, no-plateau-walk, below-naive, no-pairs, no-drops, no-best-line, no-lazy (candidates when a leaf is valued), batchN (N leaves per network call), samplesN (N moves sampled per node), netdepthN (the network only fewer than N moves below a move&apos;s root), or several joined with &apos;+&apos; (default default,uniform).</source>
        <translation>Конфигурации через запятую: default, uniform, no-endgame, no-completion, no-uniform-share, no-pruning, no-random-basis, correction, no-completion-value, spread, no-restart, no-restart-focus, no-plateau-walk, below-naive, no-pairs, no-drops, no-best-line, no-lazy (кандидаты при оценке листа), batchN (N листьев на один вызов сети), samplesN (N ходов, выбираемых в узле), netdepthN (сеть только менее чем на N ходов ниже корня хода) или несколько, соединённых знаком &apos;+&apos; (по умолчанию default,uniform).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Seeds: a range 1-10 or a list 1,2,5 (default 1-10).</source>
        <translation>Начальные значения: диапазон 1-10 или список 1,2,5 (по умолчанию 1-10).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds per run (default 60).</source>
        <translation>Секунд на один запуск (по умолчанию 60).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tell the agent this target rank (default: not told; success is the best known rank).</source>
        <translation>Сообщить агенту этот целевой ранг (по умолчанию не сообщается; успех — лучший известный ранг).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mod2 (default) or z (coefficients -1, 0, 1).</source>
        <translation>mod2 (по умолчанию) или z (коэффициенты -1, 0, 1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model file for the configurations with a network (default: the model shipped for the size, if any).</source>
        <translation>Файл модели для конфигураций с сетью (по умолчанию — модель, поставляемая для этого размера, если она есть).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/cli/SearchOptions.cpp" line="+4"/>
        <source>Tree-search simulations per move.</source>
        <translation>Симуляций поиска по дереву на один ход.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;bench agent&apos; runs the agent for every configuration, size and seed, one run after another, and prints a table (success rate, median time and simulations to the goal, median best rank) and a JSON line. Exit status 0 when it ran.</source>
        <translation>&apos;bench agent&apos; запускает агента для каждой конфигурации, размера и начального значения, один запуск за другим, и выводит таблицу (доля успехов, медианные время и число симуляций до цели, медианный лучший ранг) и строку JSON. Код выхода 0, если замер выполнен.</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>--sizes takes 2x2x2,2x2x3 and --seeds 1-10 or 1,2,5</source>
        <translation>--sizes принимает 2x2x2,2x2x3, а --seeds — 1-10 или 1,2,5</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchOptions.cpp" line="+2"/>
        <source>Moves sampled from the policy per node.</source>
        <translation>Ходов, выбираемых из стратегии на каждый узел.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Games per thread (default: unlimited).</source>
        <translation>Игр на поток (по умолчанию без ограничения).</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Let the first games (before any scheme is found) aim one below the naive rank, not at it (games without a target).</source>
        <translation>Первые партии (пока не найдена ни одна схема) нацеливать на единицу ниже наивного ранга, а не на сам наивный ранг (партии без цели).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Write the agent&apos;s game for the result to FILE (episode JSON, for replay).</source>
        <translation>Записать в FILE игру агента, давшую результат (партия в JSON, для воспроизведения).</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>Walkers, one per thread (default 1).</source>
        <translation>Число блужданий, по одному на поток (по умолчанию 1).</translation>
    </message>
    <message>
        <location filename="../app/cli/CommonOptions.h" line="+36"/>
        <source>Write each better scheme to FILE (format from the extension).</source>
        <translation>Записывать каждую лучшую схему в FILE (формат — по расширению).</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchOptions.cpp" line="-8"/>
        <source>Search engine: flip (default) or mcts (the agent; see search --engine mcts --help).</source>
        <translation>Движок поиска: flip (по умолчанию) или mcts (агент; см. search --engine mcts --help).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start from this scheme instead of the naive one (for cyclic walks: builtin:cyclic-start:n,n,n).</source>
        <translation>Начать с этой схемы вместо наивной (для циклических блужданий: builtin:cyclic-start:n,n,n).</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+3"/>
        <source>Flip attempts without a reduction before a plus transition.</source>
        <translation>Попыток флипа без сокращения до plus-перехода.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plus transitions go at most this many ranks above the best (default 1 up to 3x3x3, else 3; 42 for cyclic walks).</source>
        <translation>Plus-переходы поднимаются не более чем на столько рангов выше лучшего (по умолчанию 1 до 3x3x3, иначе 3; 42 для циклических блужданий).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Flip attempts without improvement before a restart from the best.</source>
        <translation>Попыток флипа без улучшения до перезапуска с лучшей схемы.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Flips without reductions after each plus transition (default: the preset&apos;s).</source>
        <translation>Флипов без сокращений после каждого plus-перехода (по умолчанию — из предустановки).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At the path limit start a new descent from the start scheme (default: the preset&apos;s).</source>
        <translation>При достижении предела длины пути начинать новый спуск с начальной схемы (по умолчанию — из предустановки).</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Restart from a pool of up to N distinct schemes of the best rank (default: the preset&apos;s).</source>
        <translation>Перезапускаться из пула до N различных схем лучшего ранга (по умолчанию — из предустановки).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>With --field Z2: lift the result to Z (Hensel lifting, see &apos;lift --help&apos;) and write it to FILE if that succeeds.</source>
        <translation>С --field Z2: поднять результат до Z (подъём Гензеля, см. &apos;lift --help&apos;) и при успехе записать его в FILE.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommonOptions.h" line="+8"/>
        <source>Print one JSON object as the last line of stdout.</source>
        <translation>Вывести один объект JSON последней строкой стандартного вывода.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No progress on stderr.</source>
        <translation>Не выводить ход поиска в stderr.</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="-8"/>
        <source>Verify schemes exactly. Without --field each scheme is checked in the field its source says (Z, Q or Z2); all three results are reported.</source>
        <translation>Точно проверить схемы. Без --field каждая схема проверяется в поле, указанном её источником (Z, Q или Z2); выводятся все три результата.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Schemes to verify.</source>
        <translation>Схемы для проверки.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check over FIELD: Z, Q or Z2.</source>
        <translation>Проверять над полем FIELD: Z, Q или Z2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check even schemes so dense that checking takes minutes (by default such a scheme is reported as not checked, exit status 2).</source>
        <translation>Проверять даже настолько плотные схемы, что проверка занимает минуты (по умолчанию такая схема считается непроверенной, код выхода 2).</translation>
    </message>
    <message>
        <location filename="../app/cli/LiftCommand.cpp" line="-45"/>
        <source>Lift schemes valid mod 2 to schemes valid over Z (or over Q with odd denominators) by Hensel lifting: one linear system over GF(2) per bit, then rational reconstruction; every lift is verified exactly. When the system mod 4 has no solution, no lift exists, and the command says so. Exit status: 0 all lifted, 1 some did not lift, 2 bad input.</source>
        <translation>Поднять схемы, верные по модулю 2, до схем, верных над Z (или над Q с нечётными знаменателями), подъёмом Гензеля: одна линейная система над GF(2) на каждый бит, затем рациональная реконструкция; каждый подъём точно проверяется. Если у системы по модулю 4 нет решения, подъёма не существует, и команда сообщает об этом. Код выхода: 0 — подняты все схемы, 1 — некоторые не удалось поднять, 2 — ошибка во входных данных.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Schemes valid mod 2.</source>
        <translation>Схемы, верные по модулю 2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the lifted schemes to FILE (format from the extension; several need .npz).</source>
        <translation>Записать поднятые схемы в FILE (формат — по расширению; для нескольких схем нужен .npz).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hensel steps, i.e. precision 2^N before rational reconstruction (2..60, default 40).</source>
        <translation>Число шагов Гензеля, то есть точность 2^N перед рациональной реконструкцией (2..60, по умолчанию 40).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choices of free coefficients to try when the first gives no lift (default 4).</source>
        <translation>Сколько вариантов выбора свободных коэффициентов пробовать, если первый не даёт подъёма (по умолчанию 4).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seed for the gauges after the first (default 1).</source>
        <translation>Начальное значение для вариантов выбора свободных коэффициентов после первого (по умолчанию 1).</translation>
    </message>
    <message>
        <location filename="../app/cli/CommonOptions.h" line="-5"/>
        <source>One JSON object per scheme per line.</source>
        <translation>По объекту JSON на схему, по одному в строке.</translation>
    </message>
    <message>
        <location filename="../app/cli/BenchMcts.cpp" line="+35"/>
        <source>&apos;bench mcts&apos; measures simulations and network evaluations per second of the agent.</source>
        <translation>&apos;bench mcts&apos; измеряет, сколько симуляций и оценок сети в секунду выполняет агент.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>mcts</source>
        <translation>mcts</translation>
    </message>
    <message>
        <location filename="../app/cli/CommonOptions.h" line="-89"/>
        <source>Sizes to measure (repeatable; default 2,2,2 and 3,3,3).</source>
        <translation>Размеры для замера (можно повторять; по умолчанию 2,2,2 и 3,3,3).</translation>
    </message>
    <message>
        <location filename="../app/cli/BenchMcts.cpp" line="+4"/>
        <location filename="../app/cli/BenchSearch.cpp" line="+24"/>
        <source>Z2 (default) or Z.</source>
        <translation>Z2 (по умолчанию) или Z.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model file, or &apos;uniform&apos; (default: the model shipped for the size).</source>
        <translation>Файл модели или &apos;uniform&apos; (по умолчанию — модель, поставляемая для этого размера).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seconds per measurement (default 3).</source>
        <translation>Секунд на один замер (по умолчанию 3).</translation>
    </message>
    <message>
        <location filename="../app/cli/BenchNn.cpp" line="-11"/>
        <source>nn</source>
        <translation>nn</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Model file (default: the model shipped for the size, else an untrained network of the size&apos;s architecture).</source>
        <translation>Файл модели (по умолчанию: модель, поставляемая для этого размера, иначе необученная сеть архитектуры этого размера).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;bench nn&apos; measures network evaluations per second (states evaluated, each with K sampled moves), beside LibTorch doing the same work.</source>
        <translation>«bench nn» измеряет число оценок сети в секунду (оценённых состояний, по K выбранных ходов в каждом) рядом с LibTorch, выполняющей ту же работу.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&apos;bench nn&apos; measures a network; &apos;uniform&apos; is none</source>
        <translation>«bench nn» измеряет сеть; «uniform» — не сеть</translation>
    </message>
    <message>
        <location filename="../app/cli/CommonOptions.h" line="+13"/>
        <source>Coefficient set: mod2 (default), -1..1 or -2..2.</source>
        <translation>Набор коэффициентов: mod2 (по умолчанию), -1..1 или -2..2.</translation>
    </message>
    <message>
        <location filename="../app/cli/BenchNn.cpp" line="-27"/>
        <source>Moves sampled per state (default 32).</source>
        <translation>Ходов, выбираемых на одно состояние (по умолчанию 32).</translation>
    </message>
    <message>
        <location filename="../app/cli/CommonOptions.h" line="+33"/>
        <source>LibTorch threads (default 1).</source>
        <translation>Потоков LibTorch (по умолчанию 1).</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="+30"/>
        <source>Stop after SEC seconds (with --generations: keeping the last whole generation).</source>
        <translation>Остановиться через SEC секунд (с --generations — сохранив последнее полностью завершённое поколение).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop when the step count (including resumed steps) reaches N.</source>
        <translation>Остановиться, когда число шагов (включая шаги продолженного запуска) достигнет N.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Random seed (default 1; a resumed run keeps its checkpoint&apos;s).</source>
        <translation>Начальное значение генератора случайных чисел (по умолчанию 1; продолженный запуск берёт значение из контрольной точки).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Demonstrations per step (default 64).</source>
        <translation>Примеров на один шаг (по умолчанию 64).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the model every N steps (default 500; 0: only at the end).</source>
        <translation>Записывать модель каждые N шагов (по умолчанию 500; 0 — только в конце).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The model file to write.</source>
        <translation>Файл модели для записи.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue from this checkpoint.</source>
        <translation>Продолжить с этой контрольной точки.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every N steps the agent plays games on the target with the network being trained; its solved games are learned from (expert iteration). 0: never (default).</source>
        <translation>Каждые N шагов агент играет на целевом тензоре с обучаемой сетью; сеть учится на решённых им играх (экспертная итерация). 0 — никогда (по умолчанию).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Games per self-play round (default 16).</source>
        <translation>Число игр в одном раунде игры с собой (по умолчанию 16).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rank the self-play games aim for (default: the best known rank of the size).</source>
        <translation>Целевой ранг игр с собой (по умолчанию — лучший известный ранг для этого размера).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Self-play games that miss the target are learned from too when the best scheme their search found has rank at most R (default 0: only games that reach the target).</source>
        <translation>Учиться и на играх с собой, не достигших цели, если лучшая найденная в них схема имеет ранг не выше R (по умолчанию 0 — только на играх, достигших цели).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With --generations: each self-play game becomes a run of the agent as shipped (restarts from the best scheme, plateau walks, not told the target) of N games; its best scheme is learned from when within the target or --lesson-rank, in 8 move orders, each in a random basis (the standard one with --no-random-basis). 0: single games (default).</source>
        <translation>С --generations: каждая игра с собой становится прогоном агента в поставляемом виде (перезапуски от лучшей схемы, блуждание по плато, цель не сообщается) из N игр; на его лучшей схеме учатся, если её ранг не выше цели или --lesson-rank, в 8 порядках ходов, каждый в случайном базисе (в стандартном с --no-random-basis). 0: отдельные игры (по умолчанию).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Run expert iteration for G generations in all (resumed ones included): each trains --generation-steps steps on synthetic demonstrations and the replay buffer, plays --self-play-games games on the target (random bases unless --no-random-basis, noise, temperature) whose solved games join the buffer, and is evaluated on --eval-games fixed seeds. Writes the curve (--curve) and a checkpoint MODEL.loop.json after every generation; --resume CKPT continues from one. 0: plain training (default).</source>
        <translation>Выполнить экспертную итерацию из G поколений всего (включая продолженные): каждое поколение обучается --generation-steps шагов на синтетических примерах и буфере воспроизведения, играет --self-play-games игр на целевом тензоре (случайные базисы, если не задан --no-random-basis, шум, температура), из которых решённые попадают в буфер, и оценивается на --eval-games фиксированных начальных значениях. После каждого поколения записывает кривую (--curve) и контрольную точку MODEL.loop.json; --resume CKPT продолжает с контрольной точки. 0 — обычное обучение (по умолчанию).</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>--init starts expert iteration (--generations); plain training continues a model with --resume</source>
        <translation>--init начинает экспертную итерацию (--generations); обычное обучение продолжает модель через --resume</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Self-play on the target itself (mod 2): every game, and every copy of a run&apos;s scheme, in the standard basis instead of a random one.</source>
        <translation>Самостоятельная игра на самой цели (по модулю 2): каждая партия и каждая копия схемы прогона — в стандартном базисе, а не в случайном.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Threads of each self-play run (default 1).</source>
        <translation>Потоки каждого прогона игры с собой (по умолчанию 1).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Training steps per generation (default 300).</source>
        <translation>Шагов обучения на одно поколение (по умолчанию 300).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evaluation games per generation (default 8).</source>
        <translation>Игр оценки на одно поколение (по умолчанию 8).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Simulations per move in self-play and evaluation (default 64).</source>
        <translation>Симуляций на один ход в игре с собой и при оценке (по умолчанию 64).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Share of each batch drawn from the replay buffer once it has games, the rest synthetic (default 0.25).</source>
        <translation>Доля каждого пакета, берущаяся из буфера воспроизведения, когда в нём есть игры; остальное — синтетические примеры (по умолчанию 0.25).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Demonstrations the replay buffer keeps, the newest (default 100000).</source>
        <translation>Сколько примеров хранит буфер воспроизведения (самые новые; по умолчанию 100000).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the curve to BASE.csv and BASE.json (default: the model file without .tgm).</source>
        <translation>Записать кривую в BASE.csv и BASE.json (по умолчанию BASE — файл модели без .tgm).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start expert iteration from this model (and its optimiser state) instead of a fresh network.</source>
        <translation>Начать экспертную итерацию с этой модели (и состояния её оптимизатора) вместо новой сети.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Learn from these schemes too (a scheme file, a file of several, or a folder of them; may be given several times): each verified, then taught in 8 move orders, each in a random basis (the standard one with --no-random-basis), as part of the buffer&apos;s share of each batch. With --generations they start the replay buffer.</source>
        <translation>Учиться и на этих схемах (файл схемы, файл с несколькими схемами или папка с ними; можно указать несколько раз): каждая проверяется, затем показывается в 8 порядках ходов, каждый в случайном базисе (со стандартным при --no-random-basis), в доле буфера каждого пакета. С --generations они начинают буфер повторов.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Train the policy/value network on synthetic demonstrations (random sums of rank-1 terms, change-of-basis and move-order augmentation) and write the model file. Without --steps and --time-limit it trains for 60 seconds; with --generations it runs expert iteration (see --generations); Ctrl+C stops it and writes the model. Exit status: 0 done, 2 bad input or an unwritable model file.</source>
        <translation>Обучить сеть стратегии и ценности на синтетических примерах (случайные суммы членов ранга 1, аугментация заменой базиса и порядком ходов) и записать файл модели. Без --steps и --time-limit обучение идёт 60 секунд; с --generations выполняется экспертная итерация (см. --generations); Ctrl+C останавливает обучение и записывает модель. Код выхода: 0 — готово, 2 — ошибка во входных данных или файл модели не удаётся записать.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>--steps counts the steps of one training; with --generations use --generation-steps</source>
        <translation>--steps задаёт число шагов одного обучения; с --generations используйте --generation-steps</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--run-games needs --generations (expert iteration)</source>
        <translation>--run-games требует --generations (экспертная итерация)</translation>
    </message>
    <message>
        <location filename="../app/cli/BenchSearch.cpp" line="+13"/>
        <source>&apos;bench search&apos; runs the flip-graph search with the size&apos;s default settings once per seed and reports the time to the target rank (default: &lt;4,4,4&gt; mod 2 to rank 47 on 2 threads, at most 600 s per seed). Exit status 0 when every seed reached the target.</source>
        <translation>&apos;bench search&apos; запускает поиск по графу флипов с настройками по умолчанию для размера по одному разу на каждое начальное значение и сообщает время до целевого ранга (по умолчанию: &lt;4,4,4&gt; по модулю 2 до ранга 47 на 2 потоках, не более 600 с на одно начальное значение). Код выхода 0, если цель достигнута при каждом начальном значении.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>search</source>
        <translation>search</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Size (default 4,4,4).</source>
        <translation>Размер (по умолчанию 4,4,4).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target rank (default 47).</source>
        <translation>Целевой ранг (по умолчанию 47).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seeds, comma-separated (default 1,2,3).</source>
        <translation>Начальные значения через запятую (по умолчанию 1,2,3).</translation>
    </message>
    <message>
        <location filename="../app/cli/BenchAgent.cpp" line="-167"/>
        <location filename="../app/cli/BenchSearch.cpp" line="+1"/>
        <source>Threads per run (default 2).</source>
        <translation>Потоков на один запуск (по умолчанию 2).</translation>
    </message>
    <message>
        <location filename="../app/cli/BenchSearch.cpp" line="+1"/>
        <source>Seconds per seed (default 600).</source>
        <translation>Секунд на одно начальное значение (по умолчанию 600).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start from this scheme.</source>
        <translation>Начать с этой схемы.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One JSON object per seed, then a summary.</source>
        <translation>По объекту JSON на каждое начальное значение, затем сводка.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>--from must name one scheme of --size</source>
        <translation>--from должен указывать одну схему размера --size</translation>
    </message>
    <message>
        <location filename="../app/cli/AgentModels.cpp" line="+30"/>
        <source>this build has no network support (LibTorch): %1</source>
        <translation>эта сборка без поддержки нейросети (LibTorch): %1</translation>
    </message>
    <message>
        <location filename="../app/cli/AgentSearchCommand.cpp" line="+148"/>
        <source>notice: %1</source>
        <translation>примечание: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../app/cli/BenchMcts.cpp" line="+52"/>
        <location filename="../app/cli/SearchCommand.cpp" line="+319"/>
        <source>failed: %1</source>
        <translation>ошибка: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/BenchCommand.cpp" line="+21"/>
        <source>Time loading and verifying schemes.</source>
        <translation>Время загрузки и проверки схем.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flips per second of the flip-graph search.</source>
        <translation>Флипов в секунду у поиска по графу флипов.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time of the flip-graph search to a target rank.</source>
        <translation>Время поиска по графу флипов до целевого ранга.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Simulations and evaluations per second of the agent.</source>
        <translation>Симуляций и оценок в секунду у агента.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s configurations x sizes x seeds, as a table.</source>
        <translation>Конфигурации агента x размеры x начальные значения, в виде таблицы.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schemes on real matrices: time and error beside Eigen.</source>
        <translation>Схемы на настоящих матрицах: время и погрешность в сравнении с Eigen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evaluations per second of the network.</source>
        <translation>Оценок в секунду у нейросети.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: tensorgame-cli bench WHAT [options] [arguments]</source>
        <translation>Использование: tensorgame-cli bench ЧТО [параметры] [аргументы]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Benchmarks:</source>
        <translation>Замеры:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run &apos;tensorgame-cli bench WHAT --help&apos; for the options of a benchmark.</source>
        <translation>Параметры замера: «tensorgame-cli bench ЧТО --help».</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>say what to measure: %1</source>
        <translation>скажите, что измерять: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="+41"/>
        <source>--%1 %2 is required</source>
        <translation>нужен параметр --%1 %2</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>--%1 must be %2, not &apos;%3&apos;</source>
        <translation>--%1 должен быть: %2, а не «%3»</translation>
    </message>
    <message>
        <location filename="../app/cli/OptionValue.cpp" line="+78"/>
        <location line="+74"/>
        <source>a non-negative integer</source>
        <translation>неотрицательное целое число</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>a positive integer</source>
        <translation>положительное целое число</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an integer of at least %1</source>
        <translation>целое число не меньше %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an integer from %1 to %2</source>
        <translation>целое число от %1 до %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a positive number</source>
        <translation>положительное число</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a non-negative number</source>
        <translation>неотрицательное число</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number greater than %1</source>
        <translation>число больше %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number of at least %1</source>
        <translation>число не меньше %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number greater than %1 and at most %2</source>
        <translation>число больше %1 и не больше %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number from %1 to %2</source>
        <translation>число от %1 до %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 or %2</source>
        <translation>%1 или %2</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>a value</source>
        <translation>значение</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>non-negative integers separated by commas</source>
        <translation>неотрицательные целые числа через запятую</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>n,m,p with each size from 1 to %1</source>
        <translation>n,m,p, каждый размер от 1 до %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>one of %1</source>
        <translation>одно из: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommand.cpp" line="-242"/>
        <source>say --size n,m,p or --from SCHEME</source>
        <translation>укажите --size n,m,p или --from SCHEME</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--from must name exactly one scheme</source>
        <translation>--from должен указывать ровно одну схему</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--size differs from the size of --from</source>
        <translation>--size не совпадает с размером схемы --from</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>--path cannot be combined with --checkpoint, --resume or a run under mpirun</source>
        <translation>--path нельзя сочетать с --checkpoint, --resume или запуском под mpirun</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>another process of the run could not start (see its message); none starts</source>
        <translation>другой процесс запуска не смог стартовать (см. его сообщение); не стартует ни один</translation>
    </message>
    <message>
        <location filename="../app/cli/NnCommands.cpp" line="+18"/>
        <source>this command needs the network module: %1</source>
        <translation>этой команде нужен модуль нейросети: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchSegments.cpp" line="+31"/>
        <source>%1 was written by a run of %2 processes, not %3</source>
        <translation>%1 записан запуском из %2 процессов, а не %3</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchOptions.h" line="+17"/>
        <source>none (default), or cyclic: walk only schemes invariant under (A,B,C)-&gt;(B,C,A), orbits of three terms plus fixed terms (square sizes n,n,n only).</source>
        <translation>none (по умолчанию) или cyclic: блуждать только по схемам, инвариантным относительно (A,B,C)-&gt;(B,C,A), — орбитам из трёх членов плюс неподвижным членам (только квадратные размеры n,n,n).</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainLessons.cpp" line="+38"/>
        <source>--lessons names no scheme files</source>
        <translation>--lessons не называет ни одного файла схемы</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 cannot be a lesson: %2</source>
        <translation>%1 не может служить уроком: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainLoop.cpp" line="+99"/>
        <source>a resumed loop has its lessons in its checkpoint&apos;s replay buffer: give --lessons to a fresh loop only</source>
        <translation>у продолженного цикла уроки уже в буфере воспроизведения его контрольной точки: --lessons задаётся только новому циклу</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/WindowBenchmarks.cpp" line="+79"/>
        <source>cannot write %1</source>
        <translation>не удаётся записать %1</translation>
    </message>
    <message>
        <location filename="../app/gui/LaunchOptions.cpp" line="+88"/>
        <source>Explore matrix-multiplication tensors and fast schemes step by step.</source>
        <translation>Исследуйте тензоры умножения матриц и быстрые схемы шаг за шагом.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A scheme or episode: a file in any readable format (project or FastMatrixMultiplication JSON, .exp, .m, .mpl, .txt, .npz), FILE.npz#n,m,p, or builtin:KEY such as builtin:laderman or builtin:naive:3,3,3 (default: builtin:strassen).</source>
        <translation>Схема или партия: файл в любом читаемом формате (JSON проекта или FastMatrixMultiplication, .exp, .m, .mpl, .txt, .npz), ФАЙЛ.npz#n,m,p или builtin:КЛЮЧ, например builtin:laderman или builtin:naive:3,3,3 (по умолчанию builtin:strassen).</translation>
    </message>
    <message>
        <location line="-76"/>
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
        <source>Orbit the camera around SCHEME and print the time per frame and the time to the first frame, then exit.</source>
        <translation>Вращать камеру вокруг SCHEME, вывести время на кадр и время до первого кадра и выйти.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open SCHEME, print the peak memory, what holds it and whether LibTorch is loaded, then exit.</source>
        <translation>Открыть SCHEME, вывести пиковый расход памяти, что её занимает и загружена ли LibTorch, и выйти.</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+3"/>
        <source>Open Search &gt; Flip Graph with a flip search&apos;s walk drawn on it (with --screenshot, the picture is of that window).</source>
        <translation>Открыть «Поиск &gt; Граф флипов» с нарисованным на нём блужданием поиска флипами (с --screenshot снимок делается с этого окна).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replay a search&apos;s recorded path (tensorgame-cli search --path FILE) in the flip-graph window&apos;s Walk page.</source>
        <translation>Воспроизвести записанный путь поиска (tensorgame-cli search --path FILE) на странице «Блуждание» окна графа флипов.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run the scheme on matrices of these sizes in the Run panel, e.g. 64,128,256 (with --screenshot, the picture follows the run).</source>
        <translation>Запустить схему на матрицах этих размеров на панели «Запуск», например 64,128,256 (с --screenshot снимок делается после запуска).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open View &gt; Compare Schemes on the schemes of the size on show and wait for its measurements (with --screenshot, the picture is of that dialog).</source>
        <translation>Открыть «Вид &gt; Сравнить схемы» для схем показанного размера и дождаться замеров (с --screenshot снимок делается с этого диалога).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>name at most one SCHEME</source>
        <translation>укажите не больше одной схемы SCHEME</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--view wants target, residual, term, overlay or gallery, not &quot;%1&quot;</source>
        <translation>--view принимает target, residual, term, overlay или gallery, а не «%1»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--language wants one of: %1</source>
        <translation>--language принимает одно из: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--frames wants a positive number</source>
        <translation>--frames принимает положительное число</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--size wants WxH, e.g. 1200x800</source>
        <translation>--size принимает ШxВ, например 1200x800</translation>
    </message>
    <message>
        <location filename="../app/gui/LaunchModes.cpp" line="+118"/>
        <source>Cannot open</source>
        <translation>Не удаётся открыть</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>the flip graph was not built</source>
        <translation>граф флипов не построен</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the flip search&apos;s walk did not finish</source>
        <translation>блуждание поиска флипами не завершилось</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot read %1</source>
        <translation>не удаётся прочитать %1</translation>
    </message>
    <message>
        <location filename="../app/gui/LaunchOptions.cpp" line="+8"/>
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
        <location line="+8"/>
        <source>&amp;Copy Versions</source>
        <translation>&amp;Копировать версии</translation>
    </message>
</context>
<context>
    <name>tg::AgentPanel</name>
    <message>
        <location filename="../app/gui/AgentPanel.cpp" line="-246"/>
        <source>Tree-search simulations per decision</source>
        <translation>Симуляций поиска по дереву на одно решение</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aim for a scheme of at most this many products: states that provably need more are given up, and tight states are solved exactly. Set to the best known rank when a game starts.</source>
        <translation>Целиться в схему не более чем с таким числом произведений: состояния, которым заведомо нужно больше, отбрасываются, а впритык помещающиеся решаются точно. В начале игры устанавливается в лучший известный ранг.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>&amp;Think</source>
        <translation>&amp;Думать</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Let the agent search from the current state and list its candidate moves</source>
        <translation>Дать агенту выполнить поиск из текущего состояния и перечислить ходы-кандидаты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play &amp;Best Move</source>
        <translation>Сыграть &amp;лучший ход</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play &amp;Selected Move</source>
        <translation>Сыграть &amp;выбранный ход</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Auto-play</source>
        <translation>&amp;Автоигра</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent thinks and plays until the game ends; undo or Stop to take over</source>
        <translation>Агент думает и ходит до конца игры; отмените ход или остановите агента, чтобы продолжить самому</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St&amp;op Agent</source>
        <translation>Оста&amp;новить агента</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Think lets the agent search from the state on show.</source>
        <translation>«Думать» запускает поиск агента из показанного состояния.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Move</source>
        <translation>Ход</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prior</source>
        <translation>Вероятность</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Visits</source>
        <translation>Посещения</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Moves left</source>
        <translation>Осталось ходов</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean number of products still needed after this move, by the search&apos;s estimate</source>
        <translation>Среднее число произведений, которые ещё понадобятся после этого хода, по оценке поиска</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Simulations:</source>
        <translation>Симуляции:</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Train One…</source>
        <translation>Обучить…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the Training panel with this game filled in</source>
        <translation>Открыть панель «Обучение» с этой игрой</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Target rank:</source>
        <translation>Целевой ранг:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network:</source>
        <translation>Сеть:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%v of %m simulations</source>
        <translation>%v из %m симуляций</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>The game changed: Think again for new candidates.</source>
        <translation>Игра изменилась: нажмите «Думать» ещё раз, чтобы получить новых кандидатов.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The agent is already thinking.</source>
        <translation>Агент уже думает.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open a scheme first: the agent plays on its tensor.</source>
        <translation>Сначала откройте схему: агент играет на её тензоре.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The game is solved: nothing left to think about.</source>
        <translation>Игра решена: думать больше не о чем.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The agent cannot play this state: %1</source>
        <translation>Агент не может играть из этого состояния: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The target rank %1 is already used up by the %2 moves played; raise it.</source>
        <translation>Целевой ранг %1 уже исчерпан сделанными ходами (%2); увеличьте его.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The agent cannot load its network: %1</source>
        <translation>Агенту не удаётся загрузить свою сеть: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Thinking about step %1…</source>
        <translation>Обдумывается шаг %1…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>mod 2</source>
        <translation>по модулю 2</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>coefficients {%1}</source>
        <translation>коэффициентами {%1}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No trained network exists for %1 with %2, so the agent guesses uniformly: every candidate move gets the same prior.</source>
        <translation>Для %1 с %2 нет обученной сети, поэтому агент выбирает наугад: у каждого хода-кандидата одна и та же априорная вероятность.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>w completed</source>
        <translation>w дополнен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pair of completion terms</source>
        <translation>пара членов дополнения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lowers a flattening rank</source>
        <translation>понижает ранг развёртки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>endgame solver</source>
        <translation>точный решатель эндшпиля</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The agent failed: %1</source>
        <translation>Ошибка агента: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Stopped after %n simulation(s).</source>
        <translation>
            <numerusform>Остановлено после %n симуляции.</numerusform>
            <numerusform>Остановлено после %n симуляций.</numerusform>
            <numerusform>Остановлено после %n симуляций.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Found a way to finish in %n more move(s).</source>
        <translation>
            <numerusform>Найден способ закончить ещё за %n ход.</numerusform>
            <numerusform>Найден способ закончить ещё за %n хода.</numerusform>
            <numerusform>Найден способ закончить ещё за %n ходов.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No way to reach the target rank from here was found; undo, or raise the target.</source>
        <translation>Не найдено способа достичь целевого ранга отсюда; отмените ход или увеличьте цель.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n simulation(s) in %1 s.</source>
        <translation>
            <numerusform>%n симуляция за %1 с.</numerusform>
            <numerusform>%n симуляции за %1 с.</numerusform>
            <numerusform>%n симуляций за %1 с.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>finishes in %n more</source>
        <translation>
            <numerusform>конец ещё через %n ход</numerusform>
            <numerusform>конец ещё через %n хода</numerusform>
            <numerusform>конец ещё через %n ходов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hopeless</source>
        <translation>безнадёжно</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The move was refused: %1</source>
        <translation>Ход отклонён: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Solved with %n product(s).</source>
        <translation>
            <numerusform>Решено за %n произведение.</numerusform>
            <numerusform>Решено за %n произведения.</numerusform>
            <numerusform>Решено за %n произведений.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent played m%1.</source>
        <translation>Агент сделал ход m%1.</translation>
    </message>
</context>
<context>
    <name>tg::AgentSearchRunner</name>
    <message numerus="yes">
        <location filename="../widgets/AgentSearchRunner.cpp" line="+24"/>
        <source>%n game(s), %1 network evaluations</source>
        <translation>
            <numerusform>%n игра, оценок сети: %1</numerusform>
            <numerusform>%n игры, оценок сети: %1</numerusform>
            <numerusform>%n игр, оценок сети: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>thread %1, game %2</source>
        <translation>поток %1, игра %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>agent, seed %1, %2</source>
        <translation>агент, начальное значение %1, %2</translation>
    </message>
    <message>
        <location filename="../widgets/AgentSearchRunner.h" line="+29"/>
        <source>simulations/s</source>
        <translation>симуляций/с</translation>
    </message>
</context>
<context>
    <name>tg::AgentThinker</name>
    <message>
        <location filename="../app/gui/AgentThinker.cpp" line="+29"/>
        <source>uniform (no network)</source>
        <translation>равномерная (без сети)</translation>
    </message>
</context>
<context>
    <name>tg::BuiltinNames</name>
    <message>
        <location filename="../app/gui/BuiltinNames.cpp" line="+14"/>
        <source>Naive</source>
        <translation>Наивная</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The schoolbook algorithm (builtin:naive:n,m,p for any size)</source>
        <translation>Школьный алгоритм (builtin:naive:n,m,p для любого размера)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strassen (1969)</source>
        <translation>Штрассен (1969)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>7 multiplications for 2x2</source>
        <translation>7 умножений для 2x2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Winograd (1971)</source>
        <translation>Виноград (1971)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>7 multiplications, 15 additions for 2x2</source>
        <translation>7 умножений и 15 сложений для 2x2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hopcroft-Kerr (1971)</source>
        <translation>Хопкрофт — Керр (1971)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>11 multiplications for 2x2 times 2x3</source>
        <translation>11 умножений для 2x2 на 2x3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hopcroft-Kerr, rotated</source>
        <translation>Хопкрофт — Керр, поворот</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>11 multiplications for 2x3 times 3x2</source>
        <translation>11 умножений для 2x3 на 3x2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hopcroft-Kerr, rotated twice</source>
        <translation>Хопкрофт — Керр, двойной поворот</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>11 multiplications for 3x2 times 2x2</source>
        <translation>11 умножений для 3x2 на 2x2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strassen (+) Strassen</source>
        <translation>Штрассен (+) Штрассен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>14 multiplications for 2x2 times 2x4</source>
        <translation>14 умножений для 2x2 на 2x4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laderman (1976)</source>
        <translation>Ладерман (1976)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>23 multiplications for 3x3</source>
        <translation>23 умножения для 3x3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strassen x Strassen</source>
        <translation>Штрассен x Штрассен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>49 multiplications for 4x4</source>
        <translation>49 умножений для 4x4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laderman x Strassen</source>
        <translation>Ладерман x Штрассен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>161 multiplications for 6x6</source>
        <translation>161 умножение для 6x6</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Naive %1</source>
        <translation>Наивная %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hopcroft-Kerr %1 (1971)</source>
        <translation>Хопкрофт — Керр %1 (1971)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hopcroft-Kerr %1</source>
        <translation>Хопкрофт — Керр %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strassen (+) Strassen %1</source>
        <translation>Штрассен (+) Штрассен %1</translation>
    </message>
</context>
<context>
    <name>tg::CompareDialog</name>
    <message>
        <location filename="../app/gui/CompareDialog.cpp" line="+52"/>
        <source>Compare Schemes</source>
        <translation>Сравнение схем</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The stability factor e bounds how much one level of a scheme can magnify rounding errors (Bini–Lotti 1980; Ballard et al. 2016): L levels give a bound growing like e^L. The errors are measured: ‖Ĉ − C‖ / ‖C‖ for one product of random n × n matrices (entries in [−1, 1], the same for every scheme) with L levels of each scheme, against a long double reference.</source>
        <translation>Коэффициент устойчивости e ограничивает, во сколько раз один уровень схемы может усилить погрешности округления (Бини–Лотти 1980; Баллард и др., 2016): при L уровнях оценка растёт как e^L. Погрешности измеряются: ‖Ĉ − C‖ / ‖C‖ для одного произведения случайных матриц n × n (элементы в [−1, 1], одни и те же для всех схем) с L уровнями каждой схемы относительно эталона в long double.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Scheme</source>
        <translation>Схема</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rank</source>
        <translation>Ранг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Additions</source>
        <translation>Сложения</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stability factor</source>
        <translation>Коэффициент устойчивости</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ring</source>
        <translation>Кольцо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error (float)</source>
        <translation>Погрешность (float)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Error (double)</source>
        <translation>Погрешность (double)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With shared subexpressions, as the Formulas panel counts them</source>
        <translation>С общими подвыражениями, как их считает панель «Формулы»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the scheme is valid: Z (integers), Q (fractions), mod 2</source>
        <translation>Где схема верна: Z (целые числа), Q (дроби), по модулю 2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Copy Table</source>
        <translation>&amp;Копировать таблицу</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The matrices are n × n; sizes that do not divide are padded</source>
        <translation>Матрицы размера n × n; размеры, которые не делятся нацело, дополняются</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Levels of each scheme before Eigen&apos;s product takes over (fewer when the blocks run out first)</source>
        <translation>Уровней каждой схемы до перехода к произведению Eigen (меньше, если блоки закончатся раньше)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Measure</source>
        <translation>&amp;Измерить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sto&amp;p</source>
        <translation>&amp;Остановить</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Matrix size &amp;n:</source>
        <translation>&amp;Размер матриц n:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Levels L:</source>
        <translation>&amp;Уровни L:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Copy &amp;Table</source>
        <translation>Копировать &amp;таблицу</translation>
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
        <translation>Слишком много членов, чтобы быстро подсчитать</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Valid only modulo 2</source>
        <translation>Верна только по модулю 2</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Copied the table (tab-separated, %n scheme(s)).</source>
        <translation>
            <numerusform>Таблица скопирована (через табуляцию, %n схема).</numerusform>
            <numerusform>Таблица скопирована (через табуляцию, %n схемы).</numerusform>
            <numerusform>Таблица скопирована (через табуляцию, %n схем).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/CompareDialogRun.cpp" line="-78"/>
        <source>Too many terms to plan the shared additions quickly: not measured here (tensorgame-cli bench apply measures it, given minutes).</source>
        <translation>Слишком много членов, чтобы быстро спланировать общие сложения: здесь не измеряется (tensorgame-cli bench apply измеряет это, если дать ему несколько минут).</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Measuring on %1 × %1 matrices…</source>
        <translation>Замер на матрицах %1 × %1…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Valid only modulo 2: over the real numbers this scheme does not compute the product, so it has no rounding error to measure.</source>
        <translation>Верна только по модулю 2: над вещественными числами эта схема не вычисляет произведение, поэтому у неё нет погрешности округления, которую можно измерить.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 u (u: the unit roundoff of the type); levels L = %2, n = %3</source>
        <translation>%1 u (u — единица округления для этого типа); уровней L = %2, n = %3</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Stopped after %n measurement(s).</source>
        <translation>
            <numerusform>Остановлено после %n замера.</numerusform>
            <numerusform>Остановлено после %n замеров.</numerusform>
            <numerusform>Остановлено после %n замеров.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The measurement failed: %1</source>
        <translation>Ошибка замера: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done: every scheme measured in float and double.</source>
        <translation>Готово: все схемы измерены в float и double.</translation>
    </message>
</context>
<context>
    <name>tg::ExportActions</name>
    <message>
        <location filename="../app/gui/ExportActions.cpp" line="+29"/>
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
    <name>tg::FlipGraphView</name>
    <message>
        <location filename="../widgets/FlipGraphView.cpp" line="+90"/>
        <source>Flip graph</source>
        <translation>Граф флипов</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Orbit %1: rank %2, %3 flips from the naive scheme, %4 schemes in the orbit, %5 edges</source>
        <translation>Орбита %1: ранг %2, флипов от наивной схемы: %3, схем в орбите: %4, рёбер: %5</translation>
    </message>
</context>
<context>
    <name>tg::FlipGraphWindow</name>
    <message>
        <location filename="../app/gui/FlipGraphWindow.cpp" line="+56"/>
        <source>Flip Graph</source>
        <translation>Граф флипов</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Flip Graph of ⟨2,2,2⟩ mod 2</source>
        <translation>Граф флипов ⟨2,2,2⟩ по модулю 2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Walk</source>
        <translation>Блуждание</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Building the flip graph…</source>
        <translation>Строится граф флипов…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each dot is an orbit of schemes under the symmetries of the tensor, placed by its distance in flips from the naive scheme (left). Blue: rank 8; green: rank 7 (Strassen&apos;s orbit); orange: orbits a walk visited, darker the more often, and a thick orange line for its last moves. Grey lines are flips, dashed green lines reductions. Hover a dot to light its flips; click it to open it in the explorer. Wheel or +/− zoom, drag or the arrow keys pan, 0 fits, PageUp and PageDown step through the orbits, Return opens the selected one.</source>
        <translation>Каждая точка — орбита схем под действием симметрий тензора; она расположена по расстоянию во флипах от наивной схемы (слева). Синие — ранг 8; зелёные — ранг 7 (орбита Штрассена); оранжевые — орбиты, которые посетило блуждание, тем темнее, чем чаще, а толстая оранжевая линия — его последние ходы. Серые линии — флипы, зелёные пунктирные — сокращения. Наведите указатель на точку, чтобы подсветить её флипы; щёлкните, чтобы открыть её в обозревателе. Колесо или +/− масштабируют, перетаскивание или клавиши со стрелками сдвигают, 0 вписывает граф в окно, PageUp и PageDown переходят по орбитам, Return открывает выбранную.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+148"/>
        <source>No orbit selected.</source>
        <translation>Орбита не выбрана.</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Where the flips lead</source>
        <translation>Куда ведут флипы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open in the Explorer</source>
        <translation>Открыть в обозревателе</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Walk a Flip Search</source>
        <translation>Запустить поиск флипами</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run a short flip search from the naive scheme to rank 7 and draw its walk</source>
        <translation>Выполнить короткий поиск флипами от наивной схемы до ранга 7 и нарисовать его блуждание</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Where its flips lead:</source>
        <translation>Куда ведут её флипы:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Search Path…</source>
        <translation>&amp;Открыть путь поиска…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;Out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fit the Graph</source>
        <translation>&amp;Вписать граф</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Graph</source>
        <translation>&amp;Граф</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>W&amp;alk</source>
        <translation>&amp;Блуждание</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Walk</source>
        <translation>&amp;Блуждание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Walk a Flip Search</source>
        <translation>&amp;Запустить поиск флипами</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open Step in the Explorer</source>
        <translation>&amp;Открыть шаг в обозревателе</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The flip graph could not be built: %1</source>
        <translation>Не удалось построить граф флипов: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 orbits of rank 8 (%2 schemes) and %3 of rank 7, joined by %4 flip edges and %5 reductions; the farthest orbit is %6 flips from the naive scheme.</source>
        <translation>Орбит ранга 8: %1 (схем: %2), орбит ранга 7: %3; их соединяют рёбра-флипы (%4) и сокращения (%5); самая дальняя орбита отстоит от наивной схемы на %6 флипов.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This is every orbit the naive scheme reaches by flips.</source>
        <translation>Это все орбиты, достижимые флипами из наивной схемы.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bounded: only the first %1 orbits in breadth-first order are drawn.</source>
        <translation>С ограничением: нарисованы только первые %1 орбит в порядке обхода в ширину.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Orbit %1: rank %2, %3 flips from the naive scheme, %4 schemes.</source>
        <translation>Орбита %1: ранг %2, флипов от наивной схемы: %3, схем: %4.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>reduction → orbit %1 (rank %2)</source>
        <translation>сокращение → орбита %1 (ранг %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reached by a reduction from orbit %1</source>
        <translation>получена сокращением из орбиты %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>flip → orbit %1 (rank %2, %3 from naive)</source>
        <translation>флип → орбита %1 (ранг %2, %3 от наивной)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>[terms %1 and %2 share %3; %4 such flips]</source>
        <translation>[у членов %1 и %2 общий множитель %3; таких флипов: %4]</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Flip graph orbit %1 (rank %2)</source>
        <translation>Орбита %1 графа флипов (ранг %2)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The walk failed: %1</source>
        <translation>Ошибка блуждания: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A flip search (seed %1)</source>
        <translation>Поиск флипами (начальное значение %1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open Search Path</source>
        <translation>Открыть путь поиска</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search paths (*.json);;All files (*)</source>
        <translation>Пути поиска (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot open the path: %1</source>
        <translation>Не удаётся открыть путь: %1</translation>
    </message>
</context>
<context>
    <name>tg::FlipSearchRunner</name>
    <message>
        <location filename="../widgets/FlipSearchRunner.cpp" line="+39"/>
        <source>walkers at rank %1</source>
        <translation>блуждания по рангам: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>walker %1, step %2</source>
        <translation>блуждание %1, шаг %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing below the start&apos;s rank %1 was found.</source>
        <translation>Ничего ниже начального ранга %1 не найдено.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+11"/>
        <source>final choice, walker %1, step %2</source>
        <translation>итоговый выбор, блуждание %1, шаг %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>flip search, seed %1, %2</source>
        <translation>поиск флипами, начальное значение %1, %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 flips, %2 reductions, %3 plus transitions</source>
        <translation>флипов: %1, сокращений: %2, plus-переходов: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The walk&apos;s path of %1 steps (%2) was not saved: it has more than %3.</source>
        <translation>Путь блуждания из %1 шагов (%2) не сохранён: в нём больше %3.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The walk&apos;s path (%1) was saved to %2.</source>
        <translation>Путь блуждания (%1) сохранён в %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The walk&apos;s path was not saved: %1</source>
        <translation>Путь блуждания не сохранён: %1</translation>
    </message>
    <message>
        <location filename="../widgets/FlipSearchRunner.h" line="+29"/>
        <source>flips/s</source>
        <translation>флипов/с</translation>
    </message>
</context>
<context>
    <name>tg::FormulaPanel</name>
    <message>
        <location filename="../widgets/FormulaPanel.cpp" line="+31"/>
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
        <location line="+48"/>
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
        <location line="+6"/>
        <source>stability factor %1</source>
        <translation>коэффициент устойчивости %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (counting shared subexpressions…)</source>
        <translation> (считаются общие подвыражения…)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source> (%1 with shared subexpressions)</source>
        <translation> (%1 с общими подвыражениями)</translation>
    </message>
    <message numerus="yes">
        <location line="-37"/>
        <source>%n scalings</source>
        <translation>
            <numerusform>%n умножение на число</numerusform>
            <numerusform>%n умножения на число</numerusform>
            <numerusform>%n умножений на число</numerusform>
        </translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Additions: forming each linear form of A and B, then each entry of C, without sharing; in brackets with common subexpressions computed once (greedy). Stability factor: the largest, over the entries of C, sum of |w| times the sizes (1-norms) of the product&apos;s A and B forms; each recursion level multiplies the rounding-error bound by it (Bini and Lotti; Ballard et al. 2016).</source>
        <translation>Сложения: построение каждой линейной формы от A и B, затем каждого элемента C, без повторного использования; в скобках — с общими подвыражениями, вычисляемыми один раз (жадно). Коэффициент устойчивости: наибольшая по элементам C сумма |w|, умноженных на размеры (1-нормы) форм A и B произведения; каждый уровень рекурсии умножает на него оценку погрешности округления (Бини и Лотти; Баллард и др., 2016).</translation>
    </message>
    <message>
        <location line="+142"/>
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
    <name>tg::GalleryBar</name>
    <message>
        <location filename="../app/gui/GalleryBar.cpp" line="+19"/>
        <source>Previous page of terms (Page Up)</source>
        <translation>Предыдущая страница членов (Page Up)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next page of terms (Page Down)</source>
        <translation>Следующая страница членов (Page Down)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show the page holding this term, highlighted</source>
        <translation>Показать страницу с этим членом и выделить его</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show only the terms whose w is nonzero at this entry of C</source>
        <translation>Показать только члены, у которых w не равен нулю в этой ячейке C</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Go to term:</source>
        <translation>К члену:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>All terms</source>
        <translation>Все члены</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terms that write %1</source>
        <translation>Члены, пишущие в %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page %1 of %2 (m%3–m%4)</source>
        <translation>Страница %1 из %2 (m%3–m%4)</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 of %n terms</source>
        <translation>
            <numerusform>%1 из %n члена</numerusform>
            <numerusform>%1 из %n членов</numerusform>
            <numerusform>%1 из %n членов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n terms</source>
        <translation>
            <numerusform>%n член</numerusform>
            <numerusform>%n члена</numerusform>
            <numerusform>%n членов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tg::GenerationChart</name>
    <message>
        <location filename="../app/gui/GenerationChart.cpp" line="+13"/>
        <source>success rate (%)</source>
        <translation>доля успехов (%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean rank</source>
        <translation>средний ранг</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>self-play&apos;s best rank</source>
        <translation>лучший ранг самоигры</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>generation</source>
        <translation>поколение</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>success (%)</source>
        <translation>успехи (%)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rank</source>
        <translation>ранг</translation>
    </message>
</context>
<context>
    <name>tg::GuidedTour</name>
    <message>
        <location filename="../app/gui/GuidedTour.cpp" line="+104"/>
        <source>Guided Tour: Strassen&apos;s Algorithm</source>
        <translation>Экскурсия: алгоритм Штрассена</translation>
    </message>
    <message>
        <location line="-64"/>
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
        <location line="+31"/>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Skip Tour</source>
        <translation>&amp;Пропустить</translation>
    </message>
    <message>
        <location line="+64"/>
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
    <message>
        <location filename="../app/gui/GuidedTourFlips.cpp" line="+13"/>
        <source>Flips: new terms, the same product</source>
        <translation>Флипы: новые члены, то же произведение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;How are schemes like Strassen&apos;s found today? Mostly by &lt;b&gt;flip graph search&lt;/b&gt; (Kauers and Moosbauer, 2022). The schoolbook scheme on show has 8 terms; its first two, a11·b11→c11 and a11·b12→c12, share the factor a11.&lt;/p&gt;&lt;p&gt;Two terms sharing a factor a can trade: a⊗x⊗y + a⊗x′⊗y′ = a⊗(x + x′)⊗y + a⊗x′⊗(y′ − y). Here that gives a11·(b11 + b12)→c11 and a11·b12→(c12 − c11). This is a &lt;b&gt;flip&lt;/b&gt;: two terms change, their sum does not, so the scheme still computes AB with as many multiplications.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Как сегодня находят схемы вроде схемы Штрассена? Чаще всего &lt;b&gt;поиском по графу флипов&lt;/b&gt; (Кауэрс и Мосбауэр, 2022). У показанной школьной схемы 8 членов; у первых двух, a11·b11→c11 и a11·b12→c12, общий множитель a11.&lt;/p&gt;&lt;p&gt;Два члена с общим множителем a могут обменяться: a⊗x⊗y + a⊗x′⊗y′ = a⊗(x + x′)⊗y + a⊗x′⊗(y′ − y). Здесь это даёт a11·(b11 + b12)→c11 и a11·b12→(c12 − c11). Это &lt;b&gt;флип&lt;/b&gt;: два члена меняются, а их сумма нет, так что схема по-прежнему вычисляет AB с тем же числом умножений.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reductions: one term fewer</source>
        <translation>Сокращения: на один член меньше</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;A flip alone never saves anything. But it can make two terms share &lt;b&gt;two&lt;/b&gt; factors, and then they merge: a⊗x⊗y + a⊗x⊗y′ = a⊗x⊗(y + y′). That is a &lt;b&gt;reduction&lt;/b&gt;: one multiplication less.&lt;/p&gt;&lt;p&gt;A flip search walks at random from flip to flip and takes every reduction it meets. &lt;b&gt;Search &gt; Flip Graph&lt;/b&gt; (Ctrl+G) draws every scheme of rank 8 for 2×2 matrices mod 2 that flips reach from this one, one dot per class of schemes equal up to the symmetries of the tensor: 262 classes, and one class of rank 7 (Strassen&apos;s) reached by reductions. Its Walk button runs a search and draws the path it took.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Сам по себе флип ничего не экономит. Но после него у двух членов может оказаться &lt;b&gt;два&lt;/b&gt; общих множителя, и тогда они сливаются: a⊗x⊗y + a⊗x⊗y′ = a⊗x⊗(y + y′). Это &lt;b&gt;сокращение&lt;/b&gt;: на одно умножение меньше.&lt;/p&gt;&lt;p&gt;Поиск флипами случайно блуждает от флипа к флипу и выполняет каждое встреченное сокращение. &lt;b&gt;Поиск &gt; Граф флипов&lt;/b&gt; (Ctrl+G) рисует все схемы ранга 8 для матриц 2×2 по модулю 2, до которых флипы доходят от этой, по точке на класс схем, совпадающих с точностью до симметрий тензора: 262 класса и один класс ранга 7 (Штрассена), достигаемый сокращениями. Кнопка «Запустить поиск флипами» в этом окне выполняет поиск и рисует пройденный им путь.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>From 27 to Laderman&apos;s 23</source>
        <translation>От 27 к 23 Ладермана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;For 3×3 matrices the schoolbook scheme has 27 terms. Laderman found 23 by hand in 1976, shown here; no one has found 22.&lt;/p&gt;&lt;p&gt;A flip walk from the 27 gets there on its own, in a fraction of a second: &lt;tt&gt;tensorgame-cli search --size 3,3,3 --target-rank 23 --seed 1 --path walk.json&lt;/tt&gt; (mod 2) took 21,095 steps: 21,087 flips, 6 reductions and 2 &lt;b&gt;plus transitions&lt;/b&gt;, which split a term in two (rank + 1) when the walk is stuck, to open new flips. Almost every step keeps the rank: the walk wanders until a reduction appears.&lt;/p&gt;&lt;p&gt;Search &gt; Open Search Path (Ctrl+Shift+O) replays such a path: rank against step, each reduction and plus transition marked, every step&apos;s scheme one click from the explorer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Для матриц 3×3 у школьной схемы 27 членов. Ладерман в 1976 году нашёл вручную схему из 23 членов, она показана здесь; схему из 22 не нашёл никто.&lt;/p&gt;&lt;p&gt;Блуждание флипами от 27 само приходит к ней за доли секунды: &lt;tt&gt;tensorgame-cli search --size 3,3,3 --target-rank 23 --seed 1 --path walk.json&lt;/tt&gt; (по модулю 2) сделал 21 095 шагов: 21 087 флипов, 6 сокращений и 2 &lt;b&gt;plus-перехода&lt;/b&gt;, которые, когда блуждание застревает, расщепляют член на два (ранг + 1), чтобы открыть новые флипы. Почти каждый шаг сохраняет ранг: блуждание бродит, пока не подвернётся сокращение.&lt;/p&gt;&lt;p&gt;«Поиск &gt; Открыть путь поиска» (Ctrl+Shift+O) воспроизводит такой путь: ранг в зависимости от шага, каждое сокращение и каждый plus-переход отмечены, схема любого шага открывается в обозревателе одним щелчком.&lt;/p&gt;</translation>
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
    <name>tg::LessonsPicker</name>
    <message>
        <location filename="../app/gui/LessonsPicker.cpp" line="+29"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scheme files the network learns from beside its synthetic demonstrations: each scheme, verified exactly, is taught in 8 move orders (mod 2 in random bases when Random bases is checked). Expert iteration starts its replay buffer with them.</source>
        <translation>Файлы схем, на которых сеть учится наряду с синтетическими демонстрациями: каждая схема, точно проверенная, преподаётся в 8 порядках ходов (по модулю 2 — в случайных базисах, если отмечено «Случайные базисы»). Экспертная итерация начинает с них свой буфер воспроизведения.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose Lessons</source>
        <translation>Выбор уроков</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n файл</numerusform>
            <numerusform>%n файла</numerusform>
            <numerusform>%n файлов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot read the lesson %1: %2</source>
        <translation>Не удаётся прочитать урок %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cannot be a lesson: %2</source>
        <translation>%1 не может служить уроком: %2</translation>
    </message>
</context>
<context>
    <name>tg::LibraryDock</name>
    <message>
        <location filename="../app/gui/LibraryDock.cpp" line="+46"/>
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
        <source>rank ≤ </source>
        <translation>ранг ≤ </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any rank</source>
        <translation>Любой ранг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show schemes of at most this many multiplications</source>
        <translation>Показывать схемы не более чем с таким числом умножений</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scheme</source>
        <translation>Схема</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rank</source>
        <translation>Ранг</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Additions</source>
        <translation>Сложения</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stability</source>
        <translation>Устойчивость</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Double click or Enter opens a scheme</source>
        <translation>Двойной щелчок или Enter открывает схему</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Built-in</source>
        <translation>Встроенные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>Опубликованные</translation>
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
    <message>
        <location line="+1"/>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stability factor: %1</source>
        <translation>Коэффициент устойчивости: %1</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Published (not installed)</source>
        <translation>Опубликованные (не установлены)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Best known up to 6x6x6</source>
        <translation>Лучшие известные до 6x6x6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AlphaTensor (2022)</source>
        <translation>AlphaTensor (2022)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, rank %2 over %3</source>
        <translation>%1, ранг %2 над %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1. Source: %2.</source>
        <translation>%1. Источник: %2.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Valid only modulo 2: over the integers the best bundled scheme of this size has rank %1. tensorgame-cli lift tries to lift it to Z and proves it when no lift exists (AlphaTensor&apos;s 4x4x4 rank 47 has none).</source>
        <translation>Верна только по модулю 2: над целыми числами лучшая поставляемая схема этого размера имеет ранг %1. tensorgame-cli lift пытается поднять её до Z и доказывает, когда подъёма нет (у схемы AlphaTensor 4x4x4 ранга 47 его нет).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Valid only modulo 2. tensorgame-cli lift tries to lift it to Z.</source>
        <translation>Верна только по модулю 2. tensorgame-cli lift пытается поднять её до Z.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs fractions: over the integers the best bundled scheme of this size has rank %1.</source>
        <translation>Нужны дроби: над целыми числами лучшая поставляемая схема этого размера имеет ранг %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>over Q a scheme of rank %1 (with fractions)</source>
        <translation>над Q схема ранга %1 (с дробями)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>modulo 2 a scheme of rank %1 (valid only mod 2)</source>
        <translation>по модулю 2 схема ранга %1 (верна только по модулю 2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also bundled for this size: %1.</source>
        <translation>Для этого размера также есть: %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../app/gui/LibraryDockColumns.cpp" line="+83"/>
        <source>Multiplications</source>
        <translation>Умножения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Additions with shared subexpressions, as the Formulas panel counts them</source>
        <translation>Сложения с общими подвыражениями, как их считает панель «Формулы»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stability factor: how much one recursion level can magnify rounding errors (Bini–Lotti; Ballard et al. 2016)</source>
        <translation>Коэффициент устойчивости: во сколько раз один уровень рекурсии может усилить погрешности округления (Бини–Лотти; Баллард и др., 2016)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Rank</source>
        <translation>&amp;Ранг</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Additions</source>
        <translation>&amp;Сложения</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Stability Factor</source>
        <translation>&amp;Коэффициент устойчивости</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show &amp;Columns</source>
        <translation>Показать &amp;столбцы</translation>
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
        <translation>Слишком много членов, чтобы быстро подсчитать</translation>
    </message>
</context>
<context>
    <name>tg::LossChart</name>
    <message>
        <location filename="../app/gui/LossChart.cpp" line="+12"/>
        <source>policy loss</source>
        <translation>потери стратегии</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>value loss</source>
        <translation>потери ценности</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>step</source>
        <translation>шаг</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>loss</source>
        <translation>потери</translation>
    </message>
</context>
<context>
    <name>tg::MainWindow</name>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="+115"/>
        <source>no OpenGL context</source>
        <translation>нет контекста OpenGL</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Formulas</source>
        <translation>Формулы</translation>
    </message>
    <message>
        <location filename="../app/gui/ManualPlayBar.cpp" line="+31"/>
        <location line="+13"/>
        <source>&amp;Apply Move</source>
        <translation>&amp;Сделать ход</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;lear</source>
        <translation>&amp;Очистить</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+11"/>
        <source>&amp;Stop Playing</source>
        <translation>&amp;Закончить игру</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Click a coefficient (or Space on it) to cycle its value; the 3D view previews the move.</source>
        <translation>Щёлкните коэффициент (или нажмите на нём пробел), чтобы перебрать его значения; трёхмерный вид заранее показывает ход.</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="+2"/>
        <source>Factors</source>
        <translation>Множители</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Library</source>
        <translation>Библиотека</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agent</source>
        <translation>Агент</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Training</source>
        <translation>Обучение</translation>
    </message>
    <message>
        <location filename="../app/gui/SchemeDocument.cpp" line="+46"/>
        <source>%1: holds no scheme</source>
        <translation>%1: не содержит ни одной схемы</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="+10"/>
        <source>Run</source>
        <translation>Запуск</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 — %2, rank %3</source>
        <translation>%1 — %2, ранг %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a Scheme</source>
        <translation>Выбор схемы</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
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
        <location filename="../app/gui/SchemeFileFilters.cpp" line="+21"/>
        <source>Schemes and episodes (%1)</source>
        <translation>Схемы и партии (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="+8"/>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search checkpoints (*.tgck)</source>
        <translation>Контрольные точки поиска (*.tgck)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open Scheme or Episode</source>
        <translation>Открыть схему или партию</translation>
    </message>
    <message>
        <location line="+64"/>
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
        <location filename="../app/gui/StatusReadout.cpp" line="+35"/>
        <source>Step %1 of %2 · residual nonzeros %3 · rank ≥ %4</source>
        <translation>Шаг %1 из %2 · ненулевых в остатке %3 · ранг ≥ %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> · solved</source>
        <translation> · решено</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="+19"/>
        <source>Composing m%1 (%2 so far by hand)</source>
        <translation>Составляется m%1 (вручную пока %2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot Play</source>
        <translation>Не удаётся начать игру</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Manual play: compose a move in the Factors panel</source>
        <translation>Игра вручную: составьте ход на панели «Множители»</translation>
    </message>
    <message>
        <location filename="../app/gui/ManualPlayBar.cpp" line="+31"/>
        <source>Not applied: %1</source>
        <translation>Ход не сделан: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Solved with %n products</source>
        <translation>
            <numerusform>Решено за %n произведение</numerusform>
            <numerusform>Решено за %n произведения</numerusform>
            <numerusform>Решено за %n произведений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="+29"/>
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
        <location filename="../app/gui/StatusReadout.cpp" line="+9"/>
        <source>✓ valid over %1</source>
        <translation>✓ верна над %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not checked over %1 (too dense)</source>
        <translation>не проверена над %1 (слишком плотная)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✗ not valid over %1</source>
        <translation>✗ неверна над %1</translation>
    </message>
    <message>
        <location filename="../app/gui/ViewArea.cpp" line="+160"/>
        <source>Entries:</source>
        <translation>Значения:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>□ cells of the current product</source>
        <translation>□ клетки текущего произведения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The C axis runs over C transposed, as w does: w[k·n+i] is the coefficient of c_ik, so the labels read c11, c21, …</source>
        <translation>Ось C идёт по транспонированной C, как и w: w[k·n+i] — коэффициент при c_ik, поэтому подписи идут c11, c21, …</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>3D view unavailable: %1</source>
        <translation>Трёхмерный вид недоступен: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowMenus.cpp" line="+37"/>
        <source>Main</source>
        <translation>Основная</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Flip &amp;Graph…</source>
        <translation>&amp;Граф флипов…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Search &amp;Path…</source>
        <translation>Открыть пу&amp;ть поиска…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location filename="../app/gui/TransformActions.cpp" line="+131"/>
        <source>%1 (%2, rank %3)</source>
        <translation>%1 (%2, ранг %3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>R&amp;un on Matrices</source>
        <translation>&amp;Запуск на матрицах</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Compare Schemes…</source>
        <translation>С&amp;равнить схемы…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Library&apos;s selected schemes, or all of the size on show, side by side: rank, additions, stability factor and measured error</source>
        <translation>Выбранные в Библиотеке схемы или все схемы показанного размера бок о бок: ранг, сложения, коэффициент устойчивости и измеренная погрешность</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The schemes selected in the Library</source>
        <translation>Схемы, выбранные в Библиотеке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Library&apos;s schemes of size %1</source>
        <translation>Схемы размера %1 из Библиотеки</translation>
    </message>
    <message>
        <location filename="../app/gui/ViewArea.cpp" line="-224"/>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reset View</source>
        <translation>&amp;Сбросить вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Highlight Current Product</source>
        <translation>&amp;Выделять текущее произведение</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outline the cells the product of the current step touches</source>
        <translation>Обводить клетки, которые затрагивает произведение текущего шага</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Smooth Transitions</source>
        <translation>&amp;Плавные переходы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fade out what a step removes instead of cutting</source>
        <translation>Плавно гасить то, что убирает шаг, вместо резкой смены</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowMenus.cpp" line="-62"/>
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
        <location line="+4"/>
        <source>&amp;Game</source>
        <translation>&amp;Игра</translation>
    </message>
    <message>
        <location filename="../app/gui/ManualPlayBar.cpp" line="-75"/>
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
        <location line="+4"/>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clear Move</source>
        <translation>&amp;Очистить ход</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Backspace</source>
        <translation>Ctrl+Backspace</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowMenus.cpp" line="-97"/>
        <source>&amp;Transform</source>
        <translation>П&amp;реобразование</translation>
    </message>
    <message>
        <location filename="../app/gui/TransformActions.cpp" line="-100"/>
        <source>&amp;Rotate &lt;n,m,p&gt; → &lt;m,p,n&gt;</source>
        <translation>&amp;Поворот &lt;n,m,p&gt; → &lt;m,p,n&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Transpose &lt;n,m,p&gt; → &lt;p,m,n&gt;</source>
        <translation>&amp;Транспонирование &lt;n,m,p&gt; → &lt;p,m,n&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+2"/>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowMenus.cpp" line="+1"/>
        <source>&amp;Search</source>
        <translation>Поис&amp;к</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../app/gui/TransformActions.cpp" line="+109"/>
        <source>Transform Failed</source>
        <translation>Преобразование не удалось</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="-353"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/TransformActions.cpp" line="-94"/>
        <source>%1, rotated</source>
        <translation>%1, повёрнутая</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rotated</source>
        <translation>поворот</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1, transposed</source>
        <translation>%1, транспонированная</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>transposed</source>
        <translation>транспонирование</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1, random basis</source>
        <translation>%1, случайный базис</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>change of basis (seed %1)</source>
        <translation>замена базиса (начальное значение %1)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the product %1 is too large</source>
        <translation>произведение %1 слишком велико</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 ⊗ %2</source>
        <translation>%1 ⊗ %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kronecker product</source>
        <translation>кронекерово произведение</translation>
    </message>
    <message>
        <location line="+16"/>
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
    <name>tg::RunPanel</name>
    <message>
        <location filename="../app/gui/RunPanel.cpp" line="+27"/>
        <source>No scheme open.</source>
        <translation>Схема не открыта.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Matrix sizes n, comma-separated: the matrices are n x n, with entries uniform in [-1, 1]</source>
        <translation>Размеры матриц n через запятую: матрицы размера n x n с элементами, равномерно распределёнными в [-1, 1]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>auto</source>
        <translation>авто</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Blocks with a dimension at or below this go to Eigen&apos;s product; auto picks the fastest of 16 … 512 by a quick measurement</source>
        <translation>Блоки, у которых размерность не больше этого значения, умножаются средствами Eigen; «авто» выбирает самый быстрый порог из 16 … 512 по быстрому замеру</translation>
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
        <translation>Классический тройной цикл медленный: он запускается только до этого n</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Run</source>
        <translation>&amp;Запустить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sto&amp;p</source>
        <translation>Ос&amp;тановить</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Times are wall clock; errors are relative (Frobenius) against a long double product of the same matrices.</source>
        <translation>Время — реальное (по часам); погрешности — относительные (по норме Фробениуса) относительно произведения тех же матриц в long double.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>seconds</source>
        <translation>секунды</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Relative error</source>
        <translation>Относительная погрешность</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>relative error / u</source>
        <translation>относительная погрешность / u</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sizes:</source>
        <translation>&amp;Размеры:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cutoff:</source>
        <translation>&amp;Порог:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Naive up to n:</source>
        <translation>&amp;Наивный до n:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>scheme</source>
        <translation>схема</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Eigen</source>
        <translation>Eigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>naive</source>
        <translation>наивный</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the open scheme</source>
        <translation>открытая схема</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2, rank %3</source>
        <translation>%1: %2, ранг %3</translation>
    </message>
    <message>
        <location filename="../app/gui/RunPanelRun.cpp" line="+27"/>
        <source>Sizes must be whole numbers from 1 to 4096, separated by commas.</source>
        <translation>Размеры должны быть целыми числами от 1 до 4096 через запятую.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Running…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>too many terms to plan the shared additions in a few seconds (tensorgame-cli bench apply runs it, given minutes)</source>
        <translation>слишком много членов, чтобы спланировать общие сложения за несколько секунд (tensorgame-cli bench apply выполняет это, если дать ему несколько минут)</translation>
    </message>
    <message numerus="yes">
        <location line="+65"/>
        <source>n = %1: scheme %2 s (%n level(s), cutoff %3), Eigen %4 s; relative errors %5 and %6</source>
        <translation>
            <numerusform>n = %1: схема %2 с (%n уровень, порог %3), Eigen %4 с; относительные погрешности %5 и %6</numerusform>
            <numerusform>n = %1: схема %2 с (%n уровня, порог %3), Eigen %4 с; относительные погрешности %5 и %6</numerusform>
            <numerusform>n = %1: схема %2 с (%n уровней, порог %3), Eigen %4 с; относительные погрешности %5 и %6</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Stopped after %n size(s).</source>
        <translation>
            <numerusform>Остановлено после %n размера.</numerusform>
            <numerusform>Остановлено после %n размеров.</numerusform>
            <numerusform>Остановлено после %n размеров.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The run failed: %1</source>
        <translation>Ошибка запуска: %1</translation>
    </message>
</context>
<context>
    <name>tg::SchemeFactsCache</name>
    <message>
        <location filename="../app/gui/CompareFacts.cpp" line="+41"/>
        <source>%1 holds no scheme</source>
        <translation>%1 не содержит ни одной схемы</translation>
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
        <translation>по модулю 2</translation>
    </message>
</context>
<context>
    <name>tg::SearchDock</name>
    <message>
        <location filename="../app/gui/SearchDock.cpp" line="+18"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;Start Search</source>
        <translation>&amp;Начать поиск</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run the search set up in the Search panel in the background</source>
        <translation>Запустить в фоне поиск, настроенный на панели «Поиск»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;top Search</source>
        <translation>&amp;Остановить поиск</translation>
    </message>
    <message>
        <location filename="../app/gui/SearchForm.cpp" line="+54"/>
        <source>Endgame solver</source>
        <translation>Решатель эндшпиля</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish a game exactly when a flattening rank equals the moves left</source>
        <translation>Доигрывать партию точно, когда ранг развёртки равен числу оставшихся ходов</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Completed w</source>
        <translation>Достроенный w</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer, for the likeliest (u, v), the w that leaves the lowest flattening ranks</source>
        <translation>Предлагать для самых вероятных (u, v) тот w, после которого ранги развёрток ниже всего</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pair moves</source>
        <translation>Ходы из пар</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drop moves</source>
        <translation>Понижающие ходы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer moves that lower a flattening rank (mod 2)</source>
        <translation>Предлагать ходы, понижающие ранг развёртки (mod 2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bound pruning</source>
        <translation>Отсечение по оценке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give a line up when the flattening ranks show it cannot finish in the moves left</source>
        <translation>Бросать ветвь, когда ранги развёрток показывают, что её не закончить за оставшиеся ходы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Random basis</source>
        <translation>Случайный базис</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Offer moves made of two terms of the residual&apos;s span completion (mod 2, target rank none)</source>
        <translation>Предлагать ходы из двух членов достройки остатка по линейным оболочкам (mod 2, без целевого ранга)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Play each game in a random change of basis (mod 2)</source>
        <translation>Играть каждую партию в случайно заменённом базисе (mod 2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restarts</source>
        <translation>Перезапуски</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start half the games from the best scheme found less a few of its terms (target rank none)</source>
        <translation>Начинать половину игр с лучшей найденной схемы без нескольких её членов (без целевого ранга)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plateau walk</source>
        <translation>Блуждание по плато</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a restart, move the best scheme along its rank&apos;s plateau by random flips (with Restarts; mod 2 and {-1, 0, 1})</source>
        <translation>Перед перезапуском сдвинуть лучшую схему по плато её ранга случайными флипами (вместе с «Перезапусками»; по модулю 2 и {-1, 0, 1})</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Scheme on show</source>
        <translation>Показанная схема</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Target:</source>
        <translation>&amp;Цель:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Size %1</source>
        <translation>Размер %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Si&amp;ze:</source>
        <translation>Ра&amp;змер:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start from the scheme on show</source>
        <translation>Начать с показанной схемы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk from the scheme on show instead of the naive scheme; it must be valid in the chosen field</source>
        <translation>Блуждать от показанной схемы вместо наивной; она должна быть верна в выбранном поле</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Engine:</source>
        <translation>&amp;Движок:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the default model for the size</source>
        <translation>модель по умолчанию для этого размера</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Model:</source>
        <translation>&amp;Модель:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Z2 (mod 2)</source>
        <translation>Z2 (по модулю 2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Z, coefficients −1, 0, 1</source>
        <translation>Z, коэффициенты −1, 0, 1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Field:</source>
        <translation>&amp;Поле:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cyclic (A,B,C)→(B,C,A)</source>
        <translation>Циклическая (A,B,C)→(B,C,A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cyclic: the flip search walks only schemes invariant under (A,B,C)→(B,C,A), made of orbits of three terms and fixed terms (Moosbauer and Poole); for square sizes n×n×n and the flip search only. A start scheme must be invariant too; without one the walk starts from the naive scheme with its diagonal products joined in pairs (builtin:cyclic-start).</source>
        <translation>Циклическая: поиск флипами блуждает только по схемам, инвариантным относительно (A,B,C)→(B,C,A), — состоящим из орбит из трёх членов и неподвижных членов (Мосбауэр и Пул); только для квадратных размеров n×n×n и только для поиска флипами. Начальная схема тоже должна быть инвариантной; без неё блуждание начинается с наивной схемы, диагональные произведения которой объединены в пары (builtin:cyclic-start).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;ymmetry:</source>
        <translation>&amp;Симметрия:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Agent &amp;parts:</source>
        <translation>&amp;Части агента:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s hand-made parts; turn one off to see what it adds (the same switches as tensorgame-cli search --engine mcts --no-endgame, ...)</source>
        <translation>Рукотворные части агента; выключите одну, чтобы увидеть, что она даёт (те же переключатели, что у tensorgame-cli search --engine mcts --no-endgame, ...)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+17"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Stop when this rank is reached; none: improve until stopped</source>
        <translation>Остановиться, когда достигнут этот ранг; «нет» — улучшать, пока поиск не остановят</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Target &amp;rank:</source>
        <translation>Целевой &amp;ранг:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time &amp;limit:</source>
        <translation>&amp;Лимит времени:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>T&amp;hreads:</source>
        <translation>П&amp;отоки:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>See&amp;d:</source>
        <translation>&amp;Начальное значение:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start</source>
        <translation>Начать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the search (F5)</source>
        <translation>Начать поиск (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the search; what it found is kept (Shift+F5)</source>
        <translation>Остановить поиск; найденное сохраняется (Shift+F5)</translation>
    </message>
    <message>
        <location filename="../app/gui/SearchProgressView.cpp" line="+14"/>
        <source>Best rank:</source>
        <translation>Лучший ранг:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Elapsed:</source>
        <translation>Прошло:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Speed:</source>
        <translation>Скорость:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>best rank</source>
        <translation>лучший ранг</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>seconds</source>
        <translation>секунды</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rank</source>
        <translation>ранг</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank</source>
        <translation>Ранг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved to</source>
        <translation>Сохранено в</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Click a result to open it in the explorer</source>
        <translation>Щёлкните результат, чтобы открыть его в обозревателе</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Improvements:</source>
        <translation>Улучшения:</translation>
    </message>
    <message>
        <location filename="../app/gui/SearchDock.cpp" line="+25"/>
        <source>Search &amp;Panel</source>
        <translation>&amp;Панель поиска</translation>
    </message>
    <message>
        <location filename="../app/gui/SearchForm.cpp" line="+156"/>
        <source>Scheme on show: %1, rank %2</source>
        <translation>Показанная схема: %1, ранг %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scheme on show (none)</source>
        <translation>Показанная схема (нет)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Choose a Model</source>
        <translation>Выбор модели</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models (*.tgm);;All files (*)</source>
        <translation>Модели (*.tgm);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>best known: %1</source>
        <translation>лучший известный: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>best known: unknown</source>
        <translation>лучший известный: неизвестен</translation>
    </message>
    <message>
        <location filename="../app/gui/SearchDock.cpp" line="+49"/>
        <source>A search is already running: stop it first (Shift+F5).</source>
        <translation>Поиск уже идёт: сначала остановите его (Shift+F5).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No such engine: %1</source>
        <translation>Нет такого движка: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot start: %1</source>
        <translation>Не удаётся начать: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stopping…</source>
        <translation>Остановка…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Searching %1 over %2 for rank %3…</source>
        <translation>Поиск: %1 над %2, ранг %3…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as low as it goes</source>
        <translation>как можно ниже</translation>
    </message>
    <message>
        <location filename="../app/gui/SearchProgressView.cpp" line="+83"/>
        <source>%1 M %2</source>
        <translation>%1 млн %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not saved: %1</source>
        <translation>не сохранено: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/SearchDock.cpp" line="-121"/>
        <source>&amp;Resume Checkpoint…</source>
        <translation>Продолжить с &amp;контрольной точки…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Continue a flip search saved with tensorgame-cli search --checkpoint</source>
        <translation>Продолжить поиск флипами, сохранённый командой tensorgame-cli search --checkpoint</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume Checkpoint</source>
        <translation>Продолжение с контрольной точки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search checkpoints (*.tgck)</source>
        <translation>Контрольные точки поиска (*.tgck)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Cannot resume: %1</source>
        <translation>Не удаётся продолжить: %1</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>final choice</source>
        <translation>итоговый выбор</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>best rank %1</source>
        <translation>лучший ранг %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nothing found</source>
        <translation>ничего не найдено</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reached the target: %1 after %2.</source>
        <translation>Цель достигнута: %1 через %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped after %1: %2.</source>
        <translation>Остановлено через %1: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time limit reached after %1: %2.</source>
        <translation>Лимит времени исчерпан через %1: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finished after %1: %2.</source>
        <translation>Завершено через %1: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The search failed: %1</source>
        <translation>Ошибка поиска: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
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
        <translation>Поиск уже идёт</translation>
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
        <location filename="../widgets/TensorView.cpp" line="+310"/>
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
    <name>tg::TrainingPanel</name>
    <message>
        <location filename="../app/gui/TrainingPanel.cpp" line="+108"/>
        <source>Matrix sizes n,m,p of the game the network learns</source>
        <translation>Размеры матриц n,m,p игры, которой обучается сеть</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mod 2 {0, 1}</source>
        <translation>по модулю 2 {0, 1}</translation>
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
        <translation> с</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no limit</source>
        <translation>без ограничения</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Train</source>
        <translation>&amp;Обучить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sto&amp;p</source>
        <translation>Ос&amp;тановить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Load Model…</source>
        <translation>&amp;Загрузить модель…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make &amp;Default for the Agent</source>
        <translation>Сделать моделью агента по &amp;умолчанию</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingPanelForm.cpp" line="+37"/>
        <source>&amp;Generations:</source>
        <translation>&amp;Поколения:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>R&amp;uns of:</source>
        <translation>Пр&amp;огоны по:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lesso&amp;ns:</source>
        <translation>Учебные с&amp;хемы:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expert iteration: each generation trains for the given steps (300 when none are given), plays games on the target whose solved games join a replay buffer, and is evaluated on fixed seeds. The time limit does not apply.</source>
        <translation>Экспертная итерация: каждое поколение обучается заданное число шагов (300, если оно не задано), играет на целевом тензоре (решённые игры попадают в буфер воспроизведения) и оценивается на фиксированных начальных значениях. Лимит времени не действует.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Self-play games per generation; the evaluation plays half as many</source>
        <translation>Игр с собой на одно поколение; при оценке играется вдвое меньше</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>G&amp;ames:</source>
        <translation>&amp;Игры:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source> games</source>
        <translation> партий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>single games</source>
        <translation>одиночные партии</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expert iteration: each self-play game becomes a run of the agent as it is used (restarts from its best scheme, plateau walks) of this many games, on all cores; the run&apos;s best scheme is taught in 8 random bases and move orders. On sizes where single games end far from the target (3x3x3) only runs reach ranks worth learning.</source>
        <translation>Экспертная итерация: каждая партия самоигры становится прогоном агента, каким он используется (перезапуски с части лучшей схемы, блуждание по плато), из стольких партий на всех ядрах; лучшая схема прогона преподаётся в 8 случайных базисах и порядках ходов. На размерах, где одиночные партии заканчиваются далеко от цели (3x3x3), только прогоны достигают рангов, на которых стоит учиться.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>target</source>
        <translation>цель</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Self-play that misses the target still teaches when its scheme has at most this rank</source>
        <translation>Самоигра, не достигшая цели, всё равно учит, если ранг её схемы не больше этого</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Lesson ran&amp;k:</source>
        <translation>Ранг урок&amp;а:</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/TrainingPanel.cpp" line="+340"/>
        <source>Generation %1: %2% of the evaluation games reach the target, mean rank %3; %n lesson(s) in the replay buffer</source>
        <translation>
            <numerusform>Поколение %1: %2% игр оценки достигают цели, средний ранг %3; в буфере воспроизведения %n урок</numerusform>
            <numerusform>Поколение %1: %2% игр оценки достигают цели, средний ранг %3; в буфере воспроизведения %n урока</numerusform>
            <numerusform>Поколение %1: %2% игр оценки достигают цели, средний ранг %3; в буфере воспроизведения %n уроков</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingPanelForm.cpp" line="-15"/>
        <source>&amp;Size:</source>
        <translation>&amp;Размер:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Coefficients:</source>
        <translation>&amp;Коэффициенты:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time &amp;limit:</source>
        <translation>&amp;Лимит времени:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;teps:</source>
        <translation>&amp;Шаги:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed:</source>
        <translation>Начальное значение:</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingPanel.cpp" line="-308"/>
        <source>Load a Model</source>
        <translation>Загрузка модели</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models (*.tgm);;All files (*)</source>
        <translation>Модели (*.tgm);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Trains the agent&apos;s policy/value network on synthetic demonstrations.</source>
        <translation>Обучает сеть стратегии и ценности агента на синтетических примерах.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This build has no network support (LibTorch): nothing to train.</source>
        <translation>В этой сборке нет поддержки нейросети (LibTorch): обучать нечего.</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingPanelForm.cpp" line="+66"/>
        <source>Mod 2: each self-play game in its own random basis. Unchecked, every game is played on the target itself, the tensor of the agent&apos;s first game, so that the network learns its lines there (as it always does over Z).</source>
        <translation>По модулю 2: каждая партия самостоятельной игры — в своём случайном базисе. Если флажок снят, каждая партия играется на самой цели, тензоре первой партии агента, чтобы сеть выучила свои линии именно там (как всегда над Z).</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingPanel.cpp" line="+250"/>
        <source>Training is already running: stop it first.</source>
        <translation>Обучение уже идёт: сначала остановите его.</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Say the size as n,m,p (for example 2,2,2).</source>
        <translation>Укажите размер в виде n,m,p (например, 2,2,2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create the models folder %1</source>
        <translation>Не удаётся создать папку моделей %1</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+60"/>
        <location line="+45"/>
        <source>Cannot train: %1</source>
        <translation>Не удаётся начать обучение: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingPanelForm.cpp" line="-4"/>
        <source>Random &amp;bases</source>
        <translation>Случайные &amp;базисы</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/TrainingPanel.cpp" line="-54"/>
        <source>Reading %n lesson file(s)…</source>
        <translation>
            <numerusform>Чтение %n файла с уроками…</numerusform>
            <numerusform>Чтение %n файлов с уроками…</numerusform>
            <numerusform>Чтение %n файлов с уроками…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stopped while reading the lessons: nothing was trained.</source>
        <translation>Остановлено при чтении уроков: обучение не проводилось.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Training a network for %1…</source>
        <translation>Обучение сети для %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Training a network for %1, learning from %n scheme(s)…</source>
        <translation>
            <numerusform>Обучение сети для %1 на %n схеме…</numerusform>
            <numerusform>Обучение сети для %1 на %n схемах…</numerusform>
            <numerusform>Обучение сети для %1 на %n схемах…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its buffer keeps the newest %1 of their %2 demonstrations.</source>
        <translation>Буфер хранит последние %1 из их %2 демонстраций.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Stopping after the current step…</source>
        <translation>Остановка после текущего шага…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Step %1: policy loss %2, value loss %3, %4 examples/s</source>
        <translation>Шаг %1: потери стратегии %2, потери ценности %3, %4 примеров/с</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Generation %1: %2% of the evaluation games reach the target, mean rank %3; self-play&apos;s best scheme has rank %4; %n lesson(s) in the replay buffer</source>
        <translation>
            <numerusform>Поколение %1: %2% игр оценки достигают цели, средний ранг %3; лучшая схема самоигры имеет ранг %4; в буфере воспроизведения %n урок</numerusform>
            <numerusform>Поколение %1: %2% игр оценки достигают цели, средний ранг %3; лучшая схема самоигры имеет ранг %4; в буфере воспроизведения %n урока</numerusform>
            <numerusform>Поколение %1: %2% игр оценки достигают цели, средний ранг %3; лучшая схема самоигры имеет ранг %4; в буфере воспроизведения %n уроков</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Training failed: %1</source>
        <translation>Ошибка обучения: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Stopped after %n step(s); the model is saved to %1.</source>
        <translation>
            <numerusform>Остановлено после %n шага; модель сохранена в %1.</numerusform>
            <numerusform>Остановлено после %n шагов; модель сохранена в %1.</numerusform>
            <numerusform>Остановлено после %n шагов; модель сохранена в %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Trained %n step(s); the model is saved to %1.</source>
        <translation>
            <numerusform>Выполнен %n шаг обучения; модель сохранена в %1.</numerusform>
            <numerusform>Выполнено %n шага обучения; модель сохранена в %1.</numerusform>
            <numerusform>Выполнено %n шагов обучения; модель сохранена в %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Loaded %1: %2</source>
        <translation>Загружена модель %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+20"/>
        <source>Not a model: %1</source>
        <translation>Это не модель: %1</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The agent now plays %1 with %2.</source>
        <translation>Теперь агент играет на размере %1 с моделью %2.</translation>
    </message>
</context>
<context>
    <name>tg::TransformActions</name>
    <message>
        <location filename="../app/gui/TransformActions.cpp" line="-87"/>
        <source>Rotate</source>
        <translation>Поворот</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Transpose</source>
        <translation>Транспонирование</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Random Change of Basis</source>
        <translation>Случайная замена базиса</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Kronecker Product With %1</source>
        <translation>Кронекерово произведение с %1</translation>
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
<context>
    <name>tg::ViewArea</name>
    <message>
        <location filename="../app/gui/ViewArea.cpp" line="+3"/>
        <source>Previous Page of Terms</source>
        <translation>Предыдущая страница членов</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next Page of Terms</source>
        <translation>Следующая страница членов</translation>
    </message>
</context>
<context>
    <name>tg::WalkReplayPanel</name>
    <message>
        <location filename="../app/gui/WalkReplayPanel.cpp" line="+42"/>
        <source>No path open. Use File &gt; Open Search Path to open one written by tensorgame-cli search --path FILE, or walk a flip search on the graph.</source>
        <translation>Путь не открыт. Откройте путь, записанный командой tensorgame-cli search --path FILE, через «Файл &gt; Открыть путь поиска» или запустите поиск флипами на графе.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Step of the walk</source>
        <translation>Шаг блуждания</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open This Step in the Explorer</source>
        <translation>Открыть этот шаг в обозревателе</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+14"/>
        <source>rank</source>
        <translation>ранг</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+123"/>
        <source>reduction</source>
        <translation>сокращение</translation>
    </message>
    <message>
        <location line="-121"/>
        <location line="+122"/>
        <source>plus transition</source>
        <translation>plus-переход</translation>
    </message>
    <message>
        <location line="-119"/>
        <location line="+117"/>
        <source>flip</source>
        <translation>флип</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>step on show</source>
        <translation>показанный шаг</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>step</source>
        <translation>шаг</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Click the chart to show that step</source>
        <translation>Щёлкните по графику, чтобы показать этот шаг</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2 steps from rank %3 to %4: %5 flips, %6 reductions, %7 plus transitions.</source>
        <translation>%1: шагов от ранга %3 до %4: %2; флипов: %5, сокращений: %6, plus-переходов: %7.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>One flip in %1 is marked.</source>
        <translation>Отмечен каждый %1-й флип.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>start</source>
        <translation>начало</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Step %1 of %2 (%3), rank %4</source>
        <translation>Шаг %1 из %2 (%3), ранг %4</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+1"/>
        <source>%1, step %2</source>
        <translation>%1, шаг %2</translation>
    </message>
</context>
</TS>
