import { describe, expect, it } from 'vitest';
import { classifyField } from './index.ts';
import { normaliseLabel } from './fields.ts';

describe('classifyField', () => {
  it.each([
    ['姓名', 'name'],
    ['姓名：', 'name'],
    ['客户姓名', 'name'],
    ['name', 'name'],
    ['real_name', 'name'],
    ['realName', 'name'],
    ['customer_name', 'name'],
    ['FirstName', 'name'],
    ['地址', 'address'],
    ['家庭住址', 'address'],
    ['shipping_address', 'address'],
    ['homeAddress', 'address'],
    ['生日', 'birth-date'],
    ['出生日期', 'birth-date'],
    ['date_of_birth', 'birth-date'],
    ['dob', 'birth-date'],
    ['病历', 'health'],
    ['诊断结果', 'health'],
    ['diagnosis', 'health'],
    ['指纹', 'biometric'],
    ['人脸特征', 'biometric'],
    ['face_feature', 'biometric'],
    ['宗教信仰', 'religion'],
    ['religion', 'religion'],
    ['行动轨迹', 'whereabouts'],
    ['gps', 'whereabouts'],
    ['latitude', 'whereabouts'],
    ['longitude', 'whereabouts'],
    ['密码', 'password'],
    ['password', 'password'],
    ['user_pwd', 'password'],
    ['身份证号', 'cn-id'],
    ['身份证号码', 'cn-id'],
    ['id_card', 'cn-id'],
    ['idCardNo', 'cn-id'],
    ['idno', 'cn-id'],
    ['ID-Number', 'cn-id'],
    ['手机', 'mobile'],
    ['手机号码', 'mobile'],
    ['mobile', 'mobile'],
    ['phone', 'mobile'],
    ['contactPhone', 'mobile'],
    ['银行卡号', 'bank-card'],
    ['bank_card', 'bank-card'],
    ['card_no', 'bank-card'],
    ['cardNo', 'bank-card'],
    ['邮箱', 'email'],
    ['email', 'email'],
    ['E-mail', 'email'],
    ['护照号', 'passport'],
    ['passport_no', 'passport'],
    ['台胞证号', 'taiwan-permit'],
    ['港澳通行证', 'hk-macau-permit'],
    ['车牌号', 'licence-plate'],
    ['plate_no', 'licence-plate'],
    ['login_ip', 'ip-address'],
    ['clientIp', 'ip-address'],
    ['统一社会信用代码', 'uscc'],
    ['users.id_card', 'cn-id'],
    ['`mobile`', 'mobile'],
    ['"phone"', 'mobile'],
    ['联系电话', 'landline'],
  ])('%s → %s', (label, kind) => {
    expect(classifyField(label)).toEqual({ kind, label });
  });

  it.each([
    'username',
    'userName',
    'user_name',
    '用户名',
    'nickname',
    '昵称',
    'hostname',
    'file_name',
    'product_name',
    'company_name',
    'order_no',
    'created_at',
    'id',
    'status',
    'tracking_no',
    'password_hash',
    'card_type',
    '',
  ])('%s is not personal (or not decided by its label)', (label) => {
    expect(classifyField(label)).toBeUndefined();
  });

  it('normalises camelCase, kebab-case and punctuation to snake_case', () => {
    expect(normaliseLabel('  contactPhoneNo ')).toBe('contact_phone_no');
    expect(normaliseLabel('ID-Card No.')).toBe('id_card_no');
    expect(normaliseLabel('HTTPClientIP')).toBe('http_client_ip');
    expect(normaliseLabel('姓名：')).toBe('姓名');
  });
});
