// The province data set of issue #13, generated into PostgreSQL with set-based SQL (no row goes
// through the API): the subgraphs' own migrations and demo seed make the tables (the caller starts
// the system once on empty schemas), then each table is filled by a few INSERT … SELECT over
// generate_series. Identifiers are deterministic (md5 of a key), so a run is reproducible.
//
// Shape: one province → 18 cities (the capital with 18 districts) → 180 districts (the demo district is one of them) → 2,500
// townships and sub-districts → 60,000 communities and villages; 132,500 employers under the
// townships, 3,646 other units (district agencies, social organisations, markets, …) under the
// districts: 198,826 units. 1,000,300 persons (300 from the demo), each living in a community and
// most working for an employer of the same township. One nomination cycle with 50,004
// nominations, one review with five evaluators (of a panel of 40) per nomination and four
// criteria: 1,000,080 score rows. 40,268 task assignments (the plan's eight tasks for 5,000 units,
// plus the demo's), a third with an accepted report.
//
// Credit codes and identity numbers carry valid check characters: the SQL below computes them with
// the weights and alphabets of @ronghe/types (validation.ts), which the bench reads from its build.

export const SPEC = 'province-v3';
export const SIZE = {
  cities: 18,
  districts: 179, // + the demo district = 180
  townships: 2_488, // + the demo's 12 = 2,500
  communities: 59_993, // + the demo's 7 = 60,000
  employers: 132_497, // + the demo's 3 = 132,500
  others: 3_604, // + province, cities and the demo's other units: 198,826 in all
  persons: 1_000_000, // + the demo's 300
  nominations: 50_000, // + the demo's 4
  evaluatorsPerNomination: 5,
  panel: 40,
  assignmentUnits: 5_000, // × 8 tasks, + the demo's 268
};

const PLACES = [
  '金水',
  '管城',
  '二七',
  '中原',
  '惠济',
  '上街',
  '高新',
  '航空',
  '新郑',
  '登封',
  '巩义',
  '荥阳',
  '新密',
  '中牟',
  '东风',
  '文化',
  '花园',
  '南阳',
  '黄河',
  '嵩山',
  '建设',
  '人民',
  '解放',
  '紫荆',
  '丰产',
  '经开',
  '龙湖',
  '白沙',
  '祭城',
  '如意',
  '商都',
  '博学',
  '京广',
  '大学',
  '航海',
  '陇海',
  '桐柏',
  '秦岭',
  '工人',
  '淮河',
  '福华',
  '五里',
  '石佛',
  '沟赵',
  '须水',
  '古荥',
  '刘寨',
  '孙庄',
  '柳林',
  '杨金',
  '圃田',
  '三全',
  '兴华',
  '长兴',
  '海宁',
  '中州',
  '绿源',
  '青山',
  '红旗',
  '太康',
];
const INDUSTRIES = [
  '建筑工程',
  '物流',
  '餐饮管理',
  '家政服务',
  '电子科技',
  '食品',
  '纺织',
  '机械制造',
  '商贸',
  '物业管理',
  '汽车服务',
  '环境卫生',
  '印务',
  '装饰工程',
  '农业开发',
  '快递',
  '酒店管理',
  '服装',
  '医药',
  '建材',
  '劳务',
  '人力资源',
  '保安服务',
  '新材料',
  '信息技术',
  '包装',
  '冷链',
  '钢结构',
  '制衣',
  '照明',
];
const OTHER_KINDS = [
  'DISTRICT_AGENCY',
  'SOCIAL_ORGANIZATION',
  'MARKET',
  'SERVICE_AGENCY',
  'TRAINING_INSTITUTION',
  'MASS_ORGANIZATION',
  'INDUSTRIAL_CLUSTER_COMMITTEE',
];
const OTHER_SUFFIX = [
  '人力资源和社会保障局',
  '外来务工人员协会',
  '综合市场',
  '流动人口服务站',
  '职业技能培训学校',
  '总工会',
  '产业集聚区管理委员会',
];
const SURNAMES = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石',
];
const GIVEN = [
  ...'伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国红梅玉兵飞鹏辉波宁燕斌凤云志海林春晓东亮成文丹新宇浩凯俊鑫欣悦雪琳晨阳佳慧婷帅博子涵雨萱梓轩思源一诺',
];
// Home regions none of the demo's persons has (packages/demo), so no identity number can clash.
const REGIONS = [
  '410102',
  '410103',
  '410104',
  '410105',
  '411102',
  '411202',
  '412702',
  '410202',
  '510104',
  '500101',
  '340102',
  '421002',
  '361102',
  '410302',
  '370102',
  '320102',
  '610102',
  '140105',
  '530102',
  '450102',
];
const PROVINCES = ['河南省', '河南省', '河南省', '四川省', '重庆市', '安徽省', '湖北省', '江西省', '河北省', '山东省'];
const CITIES = ['周口市', '商丘市', '驻马店市', '信阳市', '南阳市', '成都市', '万州区', '阜阳市', '荆州市', '上饶市'];
const SKILLS = ['电工', '焊工', '瓦工', '厨师', '育婴员', '保洁', '叉车', '快递', '钢筋工', '缝纫'];

const lit = (values) => `(ARRAY[${values.map((v) => `'${v}'`).join(',')}])`;
const schemaSql = (schemas) => Object.fromEntries(Object.entries(schemas).map(([k, v]) => [k, `"${v}"`]));

/**
 * Fills the (migrated, demo-seeded) schemas. `client` is a connected pg.Client; `say` prints progress.
 * @param {{ client: import('pg').Client, schemas: Record<'organizations'|'tasks'|'nominations'|'evaluation', string>, rules: { creditChars: string, creditWeights: number[], idWeights: number[], idCheck: string }, say: (line: string) => void }} options
 */
export async function generateProvince({ client, schemas, rules, say }) {
  const s = schemaSql(schemas);
  const q = async (label, sql, params) => {
    const started = performance.now();
    const result = await client.query(sql, params);
    if (label) say(`  ${label}: ${result.rowCount ?? ''} rows, ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return result;
  };
  await q(null, `SET maintenance_work_mem = '512MB'; SET synchronous_commit = off; SET work_mem = '64MB'`);
  // Helpers for this session only: deterministic ids, picks from a list, and the check characters.
  await q(
    null,
    `
    CREATE FUNCTION pg_temp.uid(key text) RETURNS uuid LANGUAGE sql IMMUTABLE AS $$ SELECT md5(key)::uuid $$;
    CREATE FUNCTION pg_temp.pick(list text[], n bigint) RETURNS text LANGUAGE sql IMMUTABLE AS
      $$ SELECT list[1 + ((hashint8(n) % cardinality(list)) + cardinality(list)) % cardinality(list)] $$;
    CREATE FUNCTION pg_temp.credit_code(head text, n bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$
      WITH b AS (
        SELECT head || string_agg(substr('${rules.creditChars}', ((n / (31::numeric ^ j)::bigint) % 31)::int + 1, 1), '' ORDER BY j DESC) AS s
          FROM generate_series(0, 8) AS j
      )
      SELECT s || substr('${rules.creditChars}', (31 - (SELECT sum((strpos('${rules.creditChars}', substr(s, i, 1)) - 1) * (ARRAY[${rules.creditWeights}])[i])
                                     FROM generate_series(1, 17) AS i)::int % 31) % 31 + 1, 1)
        FROM b
    $$;
    CREATE FUNCTION pg_temp.id_number(first17 text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
      SELECT first17 || substr('${rules.idCheck}', (SELECT sum(substr(first17, i, 1)::int * (ARRAY[${rules.idWeights}])[i])
                                                     FROM generate_series(1, 17) AS i)::int % 11 + 1, 1)
    $$;
    `,
  );

  await client.query('BEGIN');
  // Secondary indexes are dropped during the load and rebuilt after it (much faster than keeping
  // them current row by row); unique indexes and keys stay, they guard the data.
  const tables = {
    [schemas.organizations]: ['organization', 'person', 'account'],
    [schemas.nominations]: ['nomination'],
    [schemas.evaluation]: ['review_nomination', 'evaluator_assignment', 'score'],
    [schemas.tasks]: ['assignment', 'progress_report'],
  };
  const { rows: indexes } = await q(
    null,
    `SELECT i.schemaname, i.indexname, i.indexdef FROM pg_indexes i
       JOIN pg_class c ON c.relname = i.indexname JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = i.schemaname
       JOIN pg_index x ON x.indexrelid = c.oid
      WHERE NOT x.indisunique AND (i.schemaname, i.tablename) IN (SELECT * FROM unnest($1::text[], $2::text[]))`,
    [Object.entries(tables).flatMap(([schema, names]) => names.map(() => schema)), Object.values(tables).flat()],
  );
  for (const index of indexes) await client.query(`DROP INDEX "${index.schemaname}"."${index.indexname}"`);
  say(`  dropped ${indexes.length} secondary indexes for the load`);

  // Each subgraph's triggers name its tables unqualified, as its own search path finds them: each
  // part of the load runs with that subgraph's schema first.
  const searchPath = (subgraph) => client.query(`SET search_path = ${s[subgraph]}, public`);

  // --- Units -------------------------------------------------------------------------------------
  await searchPath('organizations');
  const O = `${s.organizations}.organization`;
  const [{ id: demoRoot }] = (await q(null, `SELECT id FROM ${O} WHERE parent_id IS NULL`)).rows;
  const province = `pg_temp.uid('org:p')`;
  const city = (c) => `pg_temp.uid('org:c:' || (${c}))`;
  const district = (d) => `CASE WHEN (${d}) = ${SIZE.districts} THEN '${demoRoot}'::uuid ELSE pg_temp.uid('org:d:' || (${d})) END`;
  const townshipId = (t) => `pg_temp.uid('org:t:' || (${t}))`;
  // A district's city, a township's district, a community's or employer's township, by number.
  // The capital city holds 18 districts (a 100,000-person export), the others ten each.
  const cityOf = (d) => `CASE WHEN (${d}) < 18 THEN 0 ELSE LEAST(1 + ((${d}) - 18) / 10, ${SIZE.cities - 1}) END`;
  const districtOf = (t) => `((${t}) % ${SIZE.districts})`;
  const townshipOf = (k) => `((${k}) % ${SIZE.townships})`;
  const p = (...ids) => `'/' || ${ids.map((id) => `${id}::text`).join(` || '/' || `)} || '/'`;
  const districtPath = (d) => p(province, city(cityOf(d)), district(d));
  const townshipPath = (t) => p(province, city(cityOf(districtOf(t))), district(districtOf(t)), townshipId(t));
  const cols = `(id, name, short_name, kind, parent_id, path, credit_code, address, contact_person, contact_phone, status)`;
  const places = lit(PLACES);
  await q(
    'province and cities',
    `
    INSERT INTO ${O} ${cols} VALUES (${province}, '中原省人民政府', '中原省', 'DISTRICT_GOVERNMENT', NULL, ${p(province)}, NULL, '中原省省会', NULL, NULL, 'ACTIVE');
    INSERT INTO ${O} ${cols}
      SELECT ${city('c')}, ${places}[1 + c % ${PLACES.length}] || '市人民政府', ${places}[1 + c % ${PLACES.length}] || '市', 'DISTRICT_GOVERNMENT',
             ${province}, ${p(province, city('c'))}, NULL, NULL, NULL, NULL, 'ACTIVE'
        FROM generate_series(0, ${SIZE.cities - 1}) AS c`,
  );
  // The demo district moves under the last city, its whole subtree with it.
  await q(
    'demo district placed in the province',
    `
    UPDATE ${O} SET parent_id = ${city(SIZE.cities - 1)} WHERE id = '${demoRoot}';
    UPDATE ${O} SET path = ${p(province, city(SIZE.cities - 1))} || substr(path, 2) WHERE path LIKE '/${demoRoot}/%'`,
  );
  await q(
    'districts',
    `
    INSERT INTO ${O} ${cols}
      SELECT ${district('d')}, ${places}[1 + (d * 7) % ${PLACES.length}] || '区人民政府', ${places}[1 + (d * 7) % ${PLACES.length}] || '区',
             'DISTRICT_GOVERNMENT', ${city(cityOf('d'))}, ${districtPath('d')}, NULL, NULL, NULL, NULL, 'ACTIVE'
        FROM generate_series(0, ${SIZE.districts - 1}) AS d`,
  );
  await q(
    'townships and sub-districts',
    `
    INSERT INTO ${O} ${cols}
      SELECT ${townshipId('t')}, pg_temp.pick(${places}, t * 3 + 1) || CASE WHEN t % 2 = 0 THEN '镇人民政府' ELSE '街道办事处' END, NULL,
             CASE WHEN t % 2 = 0 THEN 'TOWNSHIP' ELSE 'SUBDISTRICT' END, ${district(districtOf('t'))}, ${townshipPath('t')},
             NULL, NULL, NULL, NULL, 'ACTIVE'
        FROM generate_series(0, ${SIZE.townships - 1}) AS t`,
  );
  await q(
    'communities and villages',
    `
    INSERT INTO ${O} ${cols}
      SELECT pg_temp.uid('org:k:' || k), pg_temp.pick(${places}, k * 5 + 2) || CASE WHEN k % 3 = 0 THEN '村' ELSE '社区' END || (k / ${SIZE.townships} + 1),
             NULL, CASE WHEN k % 3 = 0 THEN 'VILLAGE' ELSE 'COMMUNITY' END, ${townshipId(townshipOf('k'))},
             ${townshipPath(townshipOf('k'))} || pg_temp.uid('org:k:' || k)::text || '/', NULL, NULL, NULL, NULL, 'ACTIVE'
        FROM generate_series(0, ${SIZE.communities - 1}) AS k`,
  );
  await q(
    'employers',
    `
    INSERT INTO ${O} ${cols}
      SELECT pg_temp.uid('org:e:' || e), pg_temp.pick(${places}, e * 11 + 3) || pg_temp.pick(${lit(INDUSTRIES)}, e) || '有限公司',
             pg_temp.pick(${places}, e * 11 + 3) || pg_temp.pick(${lit(INDUSTRIES)}, e),
             'EMPLOYER', ${townshipId(townshipOf('e'))}, ${townshipPath(townshipOf('e'))} || pg_temp.uid('org:e:' || e)::text || '/',
             pg_temp.credit_code('914101' || lpad((e % 100)::text, 2, '0'), 1000000 + e), '中原省某市某路' || (e % 500 + 1) || '号',
             NULL, '1' || (35 + e % 5)::text || lpad((e * 7919 % 1000000000)::text, 9, '0'), 'ACTIVE'
        FROM generate_series(0, ${SIZE.employers - 1}) AS e`,
  );
  await q(
    'other units',
    `
    INSERT INTO ${O} ${cols}
      SELECT pg_temp.uid('org:o:' || o),
             ${places}[1 + (((o / 7) % ${SIZE.districts}) * 7) % ${PLACES.length}] || '区' || (${lit(OTHER_SUFFIX)})[1 + o % 7] || CASE WHEN o / 7 >= ${SIZE.districts} THEN (o / 7 / ${SIZE.districts} + 1)::text ELSE '' END,
             NULL, (${lit(OTHER_KINDS)})[1 + o % 7], ${district(`(o / 7) % ${SIZE.districts}`)},
             ${districtPath(`(o / 7) % ${SIZE.districts}`)} || pg_temp.uid('org:o:' || o)::text || '/',
             pg_temp.credit_code(CASE WHEN o % 7 IN (0, 5) THEN '114101' ELSE '524101' END || lpad((o % 100)::text, 2, '0'), 5000000 + o),
             NULL, NULL, NULL, 'ACTIVE'
        FROM generate_series(0, ${SIZE.others - 1}) AS o`,
  );

  // --- Persons ------------------------------------------------------------------------------------
  // Person i lives in community (i × 7919) mod N and, 85 % of them, works for one of the 53
  // employers of the same township. Identity numbers: a home region, a birth date and a sequence
  // number unique per birth date (500 + i / 14,600), then the check character.
  const community = `(i * 7919) % ${SIZE.communities}`;
  await q(
    'persons',
    `
    INSERT INTO ${s.organizations}.person (id, name, gender, id_number, phone, home_province, home_city, employer_id, community_id,
                                         arrival_date, skills, trainings)
      SELECT pg_temp.uid('person:' || i),
             pg_temp.pick(${lit(SURNAMES)}, i) || pg_temp.pick(${lit(GIVEN)}, i + 7777777)
               || CASE WHEN hashint8(i + 3) % 4 = 0 THEN '' ELSE pg_temp.pick(${lit(GIVEN)}, i + 9999999) END,
             CASE WHEN (500 + i / 14600) % 2 = 1 THEN 'MALE' ELSE 'FEMALE' END,
             pg_temp.id_number(pg_temp.pick(${lit(REGIONS)}, i) || to_char(date '1965-01-01' + (i % 14600)::int, 'YYYYMMDD') || (500 + i / 14600)::text),
             '1' || (36 + i % 4)::text || lpad(((i * 104729) % 1000000000)::text, 9, '0'),
             pg_temp.pick(${lit(PROVINCES)}, i + 11), pg_temp.pick(${lit(CITIES)}, i + 11),
             CASE WHEN i % 20 < 17 THEN pg_temp.uid('org:e:' || (((${community}) % ${SIZE.townships}) + ${SIZE.townships} * ((i / 7) % 53))) END,
             pg_temp.uid('org:k:' || (${community})),
             date '2015-01-01' + (i % 3650)::int,
             CASE WHEN i % 3 = 0 THEN ARRAY[pg_temp.pick(${lit(SKILLS)}, i)] ELSE '{}' END,
             CASE WHEN i % 5 = 0 THEN ARRAY['安全生产培训'] ELSE '{}' END
        FROM generate_series(0::bigint, ${SIZE.persons - 1}) AS i
`,
  );

  // --- Evaluators: a panel of 40 accounts like the demo's evaluator (same password) --------------
  await q(
    'evaluator accounts',
    `
    INSERT INTO ${s.organizations}.account
      SELECT (jsonb_populate_record(NULL::${s.organizations}.account, to_jsonb(a) || jsonb_build_object('id', pg_temp.uid('account:evaluator:' || n),
                'username', 'evaluator-' || lpad(n::text, 2, '0'), 'display_name', '评审专家' || n))).*
        FROM ${s.organizations}.account a, generate_series(1, ${SIZE.panel}) AS n WHERE a.username = 'evaluator'`,
  );

  // --- Nominations: one cycle (the demo's), 50,000 more ----------------------------------------
  // 30,000 employers, 16,000 communities and villages, 2,000 townships and sub-districts, each put
  // forward by its township (a township by its district's agency); 2,000 other units by their
  // district's agency. Positions count up per nominator and category.
  await searchPath('nominations');
  const N = `${s.nominations}.nomination`;
  await q(
    'nominations',
    `
    WITH picks AS (
      SELECT 'EMPLOYER' AS category, pg_temp.uid('org:e:' || (j * 4)) AS nominee, ${townshipId(townshipOf('j * 4'))} AS nominator, j AS n
        FROM generate_series(0, 29999) AS j
      UNION ALL
      SELECT 'COMMUNITY', pg_temp.uid('org:k:' || (j * 3 + 1)), ${townshipId(townshipOf('j * 3 + 1'))}, 100000 + j FROM generate_series(0, 15999) AS j
      UNION ALL
      SELECT CASE WHEN j % 2 = 0 THEN 'TOWNSHIP' ELSE 'SUBDISTRICT' END, ${townshipId('j')}, pg_temp.uid('org:o:' || (7 * ${districtOf('j')})), 200000 + j
        FROM generate_series(0, 1999) AS j
      UNION ALL
      SELECT (${lit(OTHER_KINDS)})[1 + o % 7], pg_temp.uid('org:o:' || o), pg_temp.uid('org:o:' || (7 * ((o / 7) % ${SIZE.districts}))), 300000 + o
        FROM generate_series(0, ${SIZE.others - 1}) AS o WHERE o % 7 IN (1, 2, 3, 4) AND o < 3500
    ), numbered AS (
      SELECT *, row_number() OVER (PARTITION BY nominator, category ORDER BY n) AS position FROM picks
    )
    INSERT INTO ${N}
      SELECT (jsonb_populate_record(NULL::${N}, to_jsonb(t) || jsonb_build_object(
               'id', pg_temp.uid('nomination:' || x.n), 'category', x.category, 'nominee_organization_id', x.nominee,
               'nominee_person_id', NULL, 'nominator_organization_id', x.nominator, 'position', x.position,
               'deeds', '该单位积极推进外来务工人员融合发展工作,成效显著(编号 ' || x.n || ')', 'status', 'ACCEPTED'))).*
        FROM numbered x, (SELECT * FROM ${N} WHERE nominee_person_id IS NULL ORDER BY created_at LIMIT 1) AS t`,
  );

  // --- Review: every nomination of the cycle, five evaluators each, four criteria ---------------
  await searchPath('evaluation');
  const E = s.evaluation;
  // The demo's review left in scoring; the nominations go to it unless another review holds or
  // ranked them (a nomination has one result, whichever review ranks it).
  const [{ id: reviewId }] = (await q(null, `SELECT id FROM ${E}.review WHERE status = 'SCORING' ORDER BY id LIMIT 1`)).rows;
  await q(
    'review set to scoring',
    `UPDATE ${E}.review SET status = 'SCORING', evaluators_per_nomination = ${SIZE.evaluatorsPerNomination} WHERE id = $1`,
    [reviewId],
  );
  await q(
    'review nominations',
    `
    INSERT INTO ${E}.review_nomination (review_id, nomination_id, category, position, nominee_organization_id, nominee_person_id,
                                       nominator_organization_id, nominee_lineage, nominator_lineage)
      SELECT $1, n.id, n.category, n.position, n.nominee_organization_id, n.nominee_person_id, n.nominator_organization_id,
             string_to_array(trim(BOTH '/' FROM nominee.path), '/')::uuid[], string_to_array(trim(BOTH '/' FROM nominator.path), '/')::uuid[]
        FROM ${N} n JOIN ${O} nominee ON nominee.id = n.nominee_organization_id JOIN ${O} nominator ON nominator.id = n.nominator_organization_id
       WHERE NOT EXISTS (SELECT 1 FROM ${E}.review_nomination other WHERE other.nomination_id = n.id)
         AND NOT EXISTS (SELECT 1 FROM ${E}.nomination_result other WHERE other.nomination_id = n.id)`,
    [reviewId],
  );
  await q(
    'evaluator assignments',
    `
    INSERT INTO ${E}.evaluator_assignment (review_id, nomination_id, evaluator_account_id, evaluator_username, evaluator_organization_id)
      SELECT $1, r.nomination_id, a.id, a.username, a.organization_id
        FROM (SELECT nomination_id, row_number() OVER (ORDER BY nomination_id) AS rn FROM ${E}.review_nomination WHERE review_id = $1) r
        CROSS JOIN generate_series(0, ${SIZE.evaluatorsPerNomination - 1}) AS k
        JOIN ${s.organizations}.account a ON a.username = 'evaluator-' || lpad((1 + (r.rn + k * 7) % ${SIZE.panel})::text, 2, '0')
      ON CONFLICT DO NOTHING`,
    [reviewId],
  );
  await q(
    'scores',
    `
    INSERT INTO ${E}.score (review_id, nomination_id, evaluator_account_id, criterion_id, value, submitted_at)
      SELECT $1, a.nomination_id, a.evaluator_account_id, c.id,
             round((abs(hashtext(a.nomination_id::text || a.evaluator_account_id::text || c.id::text)) % 1000) / 1000.0 * c.max_score * 2) / 2,
             now()
        FROM ${E}.evaluator_assignment a CROSS JOIN ${E}.criterion c
       WHERE a.review_id = $1 AND c.review_id = $1
      ON CONFLICT DO NOTHING`,
    [reviewId],
  );

  // --- Task assignments: the plan's eight tasks for every township and 2,512 communities ----------
  await searchPath('tasks');
  const T = s.tasks;
  await q(
    'task assignments',
    `
    INSERT INTO ${T}.assignment (id, task_id, organization_id, role, created_at)
      SELECT pg_temp.uid('assignment:' || u.n || ':' || t.id), t.id, u.org, 'SUPPORTING', now() + (u.n * interval '1 millisecond')
        FROM (SELECT ${townshipId('n')} AS org, n FROM generate_series(0, ${SIZE.townships - 1}) AS n
              UNION ALL SELECT pg_temp.uid('org:k:' || n), ${SIZE.townships} + n FROM generate_series(0, ${SIZE.assignmentUnits - SIZE.townships - 1}) AS n) u
        CROSS JOIN (SELECT t.id FROM ${T}.task t JOIN ${T}.policy_document d ON d.id = t.document_id
                     WHERE d.validity = 'VALID' AND t.parent_id IS NULL) t`,
  );
  await q(
    'accepted reports for a third',
    `
    INSERT INTO ${T}.progress_report (id, assignment_id, period, status, summary, submitted_at, submitted_by)
      SELECT pg_temp.uid('report:' || a.id), a.id, '2026-Q3', 'ACCEPTED', '按计划推进', now(), 'bench'
        FROM ${T}.assignment a WHERE hashtext(a.id::text) % 3 = 0 AND NOT EXISTS (SELECT 1 FROM ${T}.progress_report r WHERE r.assignment_id = a.id)`,
  );

  // The tasks schema's deferred triggers (supervision_version) fire now: an index cannot be built on
  // a table with trigger events still pending in the transaction.
  await client.query('SET CONSTRAINTS ALL IMMEDIATE');
  for (const [i, index] of indexes.entries()) {
    const started = performance.now();
    await client.query(index.indexdef);
    say(`  index ${i + 1}/${indexes.length} ${index.indexname}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  await client.query('COMMIT');
  const started = performance.now();
  for (const schema of Object.values(schemas)) {
    const { rows } = await client.query(`SELECT tablename FROM pg_tables WHERE schemaname = $1`, [schema]);
    for (const { tablename } of rows) await client.query(`VACUUM ANALYZE "${schema}"."${tablename}"`);
  }
  say(`  VACUUM ANALYZE: ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** Row counts of the data set, as the bench reports them. */
export async function countProvince(client, schemas) {
  const s = schemaSql(schemas);
  const { rows } = await client.query(`SELECT
      (SELECT count(*) FROM ${s.organizations}.organization)::int AS units,
      (SELECT count(*) FROM ${s.organizations}.organization WHERE kind = 'DISTRICT_GOVERNMENT' AND parent_id IN
         (SELECT id FROM ${s.organizations}.organization WHERE parent_id IN (SELECT id FROM ${s.organizations}.organization WHERE parent_id IS NULL)))::int AS districts,
      (SELECT count(*) FROM ${s.organizations}.organization WHERE kind IN ('TOWNSHIP', 'SUBDISTRICT'))::int AS townships,
      (SELECT count(*) FROM ${s.organizations}.organization WHERE kind IN ('COMMUNITY', 'VILLAGE'))::int AS communities,
      (SELECT count(*) FROM ${s.organizations}.organization WHERE kind = 'EMPLOYER')::int AS employers,
      (SELECT count(*) FROM ${s.organizations}.person)::int AS persons,
      (SELECT count(*) FROM ${s.nominations}.nomination)::int AS nominations,
      (SELECT count(*) FROM ${s.evaluation}.score)::int AS scores,
      (SELECT count(*) FROM ${s.tasks}.assignment)::int AS assignments`);
  return rows[0];
}
