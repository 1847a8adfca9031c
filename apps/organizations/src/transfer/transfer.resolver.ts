import { ExportFile, type RequestContext } from '@ronghe/kit';
import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { OrganizationsArgs } from '../organization/organization.inputs.js';
import { PersonsArgs } from '../person/person.inputs.js';
import type { Services } from '../services.js';
import { ImportFileInput, ImportReport, PersonsExport } from './transfer.types.js';

type Context = RequestContext<Services>;

@Resolver()
export class TransferResolver {
  @Authorized()
  @Mutation(() => ImportReport, { description: '从 Excel(.xlsx)或 CSV 导入单位;重复导入同一文件不会重复登记' })
  importOrganizations(@Arg('file', () => ImportFileInput) file: ImportFileInput, @Ctx() ctx: Context) {
    return ctx.services.imports.importOrganizations(ctx, file);
  }

  @Authorized()
  @Mutation(() => ImportReport, { description: '从 Excel(.xlsx)或 CSV 导入外来务工人员;按身份证号去重' })
  importPersons(@Arg('file', () => ImportFileInput) file: ImportFileInput, @Ctx() ctx: Context) {
    return ctx.services.imports.importPersons(ctx, file);
  }

  @Authorized()
  @Query(() => ExportFile, { description: '把筛选后的单位名录导出为 .xlsx(列名与导入模板一致)' })
  exportOrganizations(@Args(() => OrganizationsArgs) args: OrganizationsArgs, @Ctx() ctx: Context) {
    return ctx.services.exports.exportOrganizations(ctx, args);
  }

  @Authorized()
  @Query(() => ExportFile, { description: '把筛选后的外来务工人员名录导出为 .xlsx(个人信息脱敏)' })
  exportPersons(@Args(() => PersonsArgs) args: PersonsArgs, @Ctx() ctx: Context) {
    return ctx.services.exports.exportPersons(ctx, args);
  }

  @Authorized()
  @Mutation(() => PersonsExport, {
    description: '导出外来务工人员名录(个人信息脱敏):行数不多时直接给出文件,较多时给出后台任务,完成后下载',
  })
  requestPersonsExport(@Args(() => PersonsArgs) args: PersonsArgs, @Ctx() ctx: Context) {
    return ctx.services.exports.requestPersonsExport(ctx, args);
  }
}
