/**
 * The 2023 update of issue 12, as an administrator makes it in `rules/2023/` after
 * `guide-forms rollover 2022 2023`: every edit is a change of JSON data, nothing else.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

type Obj = Record<string, unknown>;
type Rule = Obj & { id: string; params?: Obj; tests: { name: string; data: unknown; expect: string }[] };

function edit<T = Obj>(root: string, rel: string, change: (data: T) => void): void {
  const data = JSON.parse(readFileSync(join(root, rel), 'utf8')) as T;
  change(data);
  writeFileSync(join(root, rel), `${JSON.stringify(data, null, 2)}\n`);
}

function editRule(root: string, category: string, id: string, change: (rule: Rule) => void): void {
  edit<{ rules: Rule[] }>(root, `rules/2023/${category}.rules.json`, (file) => change(file.rules.find((r) => r.id === id) as Rule));
}

/** A threshold's three boundary tests and the blank case, for `field` of `project`. */
function boundaryTests(field: string, min: number): Rule['tests'] {
  const at = (v: number) => ({ project: { [field]: v } });
  return [
    { name: `${(min - 0.01).toFixed(2)} 万元不足`, data: at(Number((min - 0.01).toFixed(2))), expect: 'fail' },
    { name: `恰好 ${min} 万元`, data: at(min), expect: 'pass' },
    { name: `${(min + 0.01).toFixed(2)} 万元`, data: at(Number((min + 0.01).toFixed(2))), expect: 'pass' },
    { name: '未填写（由必填校验提示）', data: { project: {} }, expect: 'notApplicable' },
  ];
}

export const NEW_PHONE = '0411-39989800';
export const NEW_DOMAIN = '生物医药';
export const REGION = '京津冀';
export const REGION_CITIES = ['北京市', '天津市', '河北省'];
const CLAUSE =
  '主要征集我市企业、高校院所、新型研发机构、行业协会等与上海市、沈阳市、东北三省一区（内蒙古自治区）、辽宁沿海经济带五市（丹东、锦州、营口、盘锦、葫芦岛）、京津冀地区的创新主体开展的科技合作项目';

/** The eight changes of the 2023 notice, made in `rules/2023/` of `root` (already rolled over). */
export function edit2023(root: string): void {
  const CALL = 'rules/2023/call.json';
  edit<Obj & { window: Obj; options: Obj; optionsEn: Record<string, string>; departments: Record<string, Obj>; routing: Obj }>(
    root,
    CALL,
    (call) => {
      // 1. the new window, with the notice's sentence
      call.window = { ...call.window, opens: '2022-10-25', closes: '2022-11-20', clause: '报送时间为：2022年10月25日至2022年11月20日截止' };
      // 2. 国际合作 is not opened this year: removing it from categories is all
      call.categories = (call.categories as string[]).filter((c) => c !== 'international');
      // 3. 苏南 leaves, 京津冀 comes with its cities and their English names
      const options = call.options as { partnerRegions: string[]; partnerCities: Record<string, string[]>; domains: string[] };
      options.partnerRegions = [...options.partnerRegions.filter((r) => r !== '苏南国家自主创新示范区'), REGION];
      const removed = options.partnerCities['苏南国家自主创新示范区'] ?? [];
      delete options.partnerCities['苏南国家自主创新示范区'];
      options.partnerCities[REGION] = REGION_CITIES;
      for (const name of ['苏南国家自主创新示范区', ...removed]) delete call.optionsEn[name];
      // its park field goes with it: the form has no 苏南 section of its own
      delete (call.optionsDetail as Record<string, unknown>)['苏南国家自主创新示范区'];
      Object.assign(call.optionsEn, { 京津冀: 'Beijing-Tianjin-Hebei', 北京市: 'Beijing', 天津市: 'Tianjin', 河北省: 'Hebei' });
      call.optionsProse = { ...(call.optionsProse as Obj), 京津冀: '京津冀地区' };
      // 4. a new 领域, routed to 社农处
      options.domains = [...options.domains, NEW_DOMAIN];
      (call.departments.shenong as { domains: string[] }).domains.push(NEW_DOMAIN);
      call.optionsEn[NEW_DOMAIN] = 'Biomedicine';
      // 5. 高新处's new phone, everywhere it is written
      const gaoxin = call.departments.gaoxin as { phone: string };
      const old = gaoxin.phone;
      gaoxin.phone = NEW_PHONE;
      const fallback = (call.routing as { fallback: { message: Record<string, string> } }).fallback;
      for (const lang of Object.keys(fallback.message)) fallback.message[lang] = (fallback.message[lang] as string).replace(old, NEW_PHONE);
    },
  );
  // 6. key-rd: total R&D investment 200 → 300 万元
  editRule(root, 'key-rd', 'R14', (r) => {
    r.params = { min: 300 };
    r.title = { 'zh-CN': '项目总研发投入 300 万元以上', en: 'Total R&D investment of at least 300' };
    r.clause = '项目总研发投入在300万元以上';
    r.tests = boundaryTests('totalRdInvestment', 300);
  });
  // 7. transfer: transaction 500 → 300 万元
  editRule(root, 'transfer', 'R19', (r) => {
    r.params = { min: 300 };
    r.title = { 'zh-CN': '技术交易额 300 万元以上', en: 'Transaction of at least 300' };
    r.clause = '技术交易额在300万元以上';
    r.tests = boundaryTests('tradeAmount', 300);
  });
  // 8. the regional clauses quote the new notice's list of regions
  for (const id of ['R22', 'R22.name', 'R23.local']) {
    editRule(root, 'regional', id, (r) => {
      r.clause = CLAUSE;
    });
  }
  // rollover carried 2022's own examples on; the 苏南 one no longer applies.
  rmSync(join(root, 'forms/regional/examples/2023/eligible-sunan.json'));
  // Examples of 2023 only: 299.99 is a failed transaction now (499.99 passes), 250 万元 fails R14
  // only from 2023, and a regional suggestion with a 京津冀 partner.
  const transfer = JSON.parse(readFileSync(join(root, 'forms/transfer/examples/fail-R19.json'), 'utf8'));
  transfer.project.tradeAmount = 299.99;
  write(root, 'forms/transfer/examples/2023/fail-R19.json', transfer);
  const keyRd = JSON.parse(readFileSync(join(root, 'forms/key-rd/examples/eligible.json'), 'utf8'));
  keyRd.project.totalRdInvestment = 250;
  write(root, 'forms/key-rd/examples/2023/fail-R14.json', keyRd);
  const regional = JSON.parse(readFileSync(join(root, 'forms/regional/examples/eligible.json'), 'utf8'));
  Object.assign(regional.project, { partnerRegion: REGION, partnerCity: '天津市', partnerName: '天津瀚博新能源科技有限公司' });
  write(root, 'forms/regional/examples/2023/eligible-jingjinji.json', regional);
}

function write(root: string, rel: string, data: unknown): void {
  mkdirSync(join(root, rel, '..'), { recursive: true });
  writeFileSync(join(root, rel), `${JSON.stringify(data, null, 2)}\n`);
}
