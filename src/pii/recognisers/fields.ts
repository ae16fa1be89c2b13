/**
 * Field labels → kinds. Names, addresses and the other free-form kinds are recognised only through
 * the label of the field that holds them (a CSV header, a JSON key, an SQL column, a `姓名：` label),
 * never guessed from free text. Labels are normalised first: camelCase and kebab-case become
 * snake_case, full-width colons and brackets are dropped.
 */
import type { FieldClass, PiiKind } from '../types.ts';

/** Rules in order; the first that matches the normalised label wins. `zh` matches anywhere in the label. */
interface FieldRule {
  kind: PiiKind;
  /** Chinese label fragments. */
  zh?: RegExp;
  /** snake_case English label, matched whole (with optional prefixes like user_, cust_). */
  en?: RegExp;
}

const P =
  '(?:(?:user|customer|cust|member|client|contact|patient|student|employee|emp|owner|holder|buyer|receiver|recipient|sender|applicant|legal|emergency|guardian|parent|mother|father|real|true|home|mobile|my|u)_)*';

function en(body: string): RegExp {
  return new RegExp(
    `^${P}(?:${body})(?:_(?:no|num|number|code|str|text|cn|zh|en|enc|raw|plain|value|val))?$`,
  );
}

export const FIELD_RULES: readonly FieldRule[] = [
  // Not personal, or not this kind: checked first so that they win.
  { kind: 'password', zh: /密码|口令/, en: en('password|passwd|pwd|pass|passcode|login_pwd|pin') },
  {
    kind: 'cn-id',
    zh: /身份证|证件号|公民身份号/,
    en: en(
      'id_card|idcard|id_no|idno|identity|identity_card|id_number|sfz|sfzh|sfzhm|cert_no|certificate_no|national_id|citizen_id|resident_id',
    ),
  },
  {
    kind: 'uscc',
    zh: /统一社会信用代码|信用代码|社会信用/,
    en: en('uscc|credit_code|social_credit_code|unified_social_credit_code|usci'),
  },
  {
    kind: 'bank-card',
    zh: /银行卡|卡号|银行账号|银行帐号|借记卡|信用卡号|开户账号/,
    en: en(
      'bank_card|bankcard|card|card_no|cardno|bank_account|bank_acct|account_no|acct_no|pan|debit_card|credit_card',
    ),
  },
  {
    kind: 'mobile',
    zh: /手机|移动电话/,
    en: en('mobile|mobile_phone|cellphone|cell_phone|cell|phone|phone_number|tel|telephone|msisdn'),
  },
  {
    kind: 'landline',
    zh: /电话|座机|固话|传真/,
    en: en('landline|fax|office_tel|office_phone|home_tel|work_phone'),
  },
  { kind: 'email', zh: /邮箱|电子邮件|邮件地址/, en: en('email|e_mail|mail|email_address|mail_address') },
  { kind: 'passport', zh: /护照/, en: en('passport|passport_no') },
  {
    kind: 'hk-macau-permit',
    zh: /港澳通行证|回乡证|港澳居民来往内地通行证/,
    en: en('hk_macau_permit|hkm_permit|home_return_permit'),
  },
  {
    kind: 'taiwan-permit',
    zh: /台胞证|台湾居民来往大陆通行证|往来台湾通行证/,
    en: en('taiwan_permit|tw_permit|mtp'),
  },
  {
    kind: 'licence-plate',
    zh: /车牌|号牌/,
    en: en('plate|plate_no|license_plate|licence_plate|car_no|vehicle_no|plate_number'),
  },
  {
    kind: 'ip-address',
    zh: /(?:用户|登录|客户端|访问|注册|来源)ip/,
    en: en(
      'ip|ip_addr|ip_address|login_ip|client_ip|remote_ip|remote_addr|last_login_ip|register_ip|reg_ip|source_ip|src_ip|visitor_ip',
    ),
  },
  {
    kind: 'birth-date',
    zh: /生日|出生日期|出生年月|出生/,
    en: en('birthday|birth_date|birthdate|date_of_birth|dob|birth|bday'),
  },
  {
    kind: 'health',
    zh: /病历|诊断|病史|病情|疾病|过敏|用药|处方|检查结果|体检|健康/,
    en: en(
      'diagnosis|medical_record|medical_history|illness|disease|allergy|allergies|prescription|health|symptom|symptoms|medication|icd|icd10',
    ),
  },
  {
    kind: 'biometric',
    zh: /指纹|人脸|面部|虹膜|声纹|掌纹|步态|生物特征/,
    en: en(
      'fingerprint|face|face_feature|face_features|face_id|face_image|face_template|iris|voiceprint|palmprint|biometric|biometrics',
    ),
  },
  { kind: 'religion', zh: /宗教|信仰/, en: en('religion|faith|religious_belief') },
  {
    kind: 'whereabouts',
    zh: /轨迹|行踪|定位|经纬度|位置记录/,
    en: en(
      'gps|track|trajectory|trace|location|geo|geolocation|lat_lng|latlng|lat_lon|latlon|coordinates|checkin|check_in|latitude|longitude|lat|lng|lon',
    ),
  },
  {
    kind: 'address',
    zh: /地址|住址|居住地|户籍地|家庭住址|通讯地址|收货地址/,
    en: en(
      'address|addr|home_address|street|street_address|residence|domicile|shipping_address|delivery_address',
    ),
  },
  // 姓名 and name: but not user names, file names, product names …
  {
    kind: 'name',
    zh: /姓名|名字|联系人|收货人|收件人|持卡人|户主|患者$|法定代表人|监护人/,
    en: en(
      'name|full_name|fullname|real_name|realname|true_name|first_name|last_name|surname|given_name|family_name|xm|xingming',
    ),
  },
];

/** Labels that contain a rule's words but are not about a person. */
const NOT_PERSONAL =
  /^(?:user_?name|username|login_?name|nick_?name|nickname|screen_name|account_?name|host_?name|file_?name|filename|table_?name|product_?name|company_?name|org_?name|app_?name|server_?name|domain_?name|display_?name|bucket_?name|db_?name|type_?name|class_?name|method_?name|card_?type|card_?name|ip_?version|mail_?server|track_?id|tracking_?no|trace_?id|face_?value|phone_?model|password_?hash|password_?salt|pwd_?hash|face_?count)$|用户名|昵称|账户名|文件名|产品名|公司名|商品名/;

/** camelCase / kebab / spaces / dots → snake_case, lower-cased; zh punctuation and brackets removed. */
export function normaliseLabel(label: string): string {
  return label
    .trim()
    .replace(/[：:*＊()（）[\]【】"'`]/g, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[\s.\-/]+/g, '_')
    .replace(/_+/g, '_')
    .replace(/^_|_$/g, '');
}

export function classifyField(label: string): FieldClass | undefined {
  // A qualified column (users.id_card, $.user.phone) is judged by its last part.
  const dot = label.lastIndexOf('.');
  const norm = normaliseLabel(dot >= 0 ? label.slice(dot + 1) : label);
  if (norm === '' || norm.length > 64) return undefined;
  if (NOT_PERSONAL.test(norm)) return undefined;
  for (const rule of FIELD_RULES) {
    if (rule.zh?.test(norm) || rule.en?.test(norm)) return { kind: rule.kind, label };
  }
  return undefined;
}
